import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, integer, pgSchema, text, timestamp, unique } from "drizzle-orm/pg-core";
import { createAuditTable } from "@orbis/service-kit";

export const registrySchema = pgSchema("registry");

/** One microfrontend known to the shell: where it mounts, who sees it, which published build is live. */
export const modules = registrySchema.table(
  "modules",
  {
    name: text("name").primaryKey(),
    route: text("route").notNull().unique("modules_route_unique"),
    framework: text("framework", { enum: ["react", "vue"] }).notNull(),
    roles: text("roles").array().notNull(),
    labelFr: text("label_fr").notNull(),
    labelEn: text("label_en").notNull(),
    order: integer("order").notNull().default(100),
    enabled: boolean("enabled").notNull().default(true),
    currentVersion: text("current_version"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("modules_order_idx").on(t.order, t.name)],
);

/** Every build ever published; immutable once written, so a rollback can point back at any of them. */
export const moduleVersions = registrySchema.table(
  "module_versions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    module: text("module")
      .notNull()
      .references(() => modules.name),
    version: text("version").notNull(),
    entryUrl: text("entry_url").notNull(),
    cssUrls: text("css_urls").array().notNull().default(sql`'{}'::text[]`),
    integrity: text("integrity").notNull(),
    publishedBy: text("published_by").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("module_versions_module_version_unique").on(t.module, t.version)],
);

/** Publish history: the id order is the order in which changes took the module's row lock, i.e. commit order. */
export const events = registrySchema.table(
  "events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    module: text("module")
      .notNull()
      .references(() => modules.name),
    action: text("action", { enum: ["publish", "rollback", "update"] }).notNull(),
    fromVersion: text("from_version"),
    toVersion: text("to_version"),
    actor: text("actor").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("events_module_idx").on(t.module, t.id),
    check("events_action_check", sql`${t.action} in ('publish', 'rollback', 'update')`),
  ],
);

export const audit = createAuditTable(registrySchema);

export const registryTables = { modules, moduleVersions, events, audit };

export type ModuleRow = typeof modules.$inferSelect;
export type ModuleVersionRow = typeof moduleVersions.$inferSelect;
export type EventRow = typeof events.$inferSelect;
