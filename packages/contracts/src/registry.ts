import { z } from "zod";
import { IsoDateTime, LocalizedText, Role, Version, pageOf } from "./common";

/** Paths the shell server serves itself: a module cannot take them as its route. */
export const RESERVED_ROUTES = ["/api", "/shell", "/shared", "/ui", "/static", "/login", "/logout"] as const;
export const ModuleRoute = z
  .string()
  .regex(/^\/[a-z0-9-]+$/, "A route prefix such as /admin")
  .refine((r) => !(RESERVED_ROUTES as readonly string[]).includes(r), "This path is reserved by the shell");

export const ModuleName = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, "Lowercase letters, digits and dashes");
export const Framework = z.enum(["react", "vue"]);
export const SemVerLike = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/, "Version label, e.g. 1.4.0 or a build hash");

/**
 * A same-origin absolute path: one leading slash, then segments that start with a letter, digit, `_` or `-`.
 * So no `//host` (empty segment), no `.` or `..` segment, no scheme, no query.
 */
const sameOriginPath = (extension: "js" | "css") =>
  z
    .string()
    .max(500)
    .regex(
      new RegExp(`^(?:/[\\w-][\\w.+-]*)+\\.${extension}$`),
      `Absolute same-origin path to a .${extension} file (no //, no . or .. segments)`,
    );

/** One published build of a module. URLs are absolute paths on the shell origin (e.g. /static/admin/1.0.0-ab12/spa-1f2e.js). */
export const ModuleVersion = z.object({
  module: ModuleName,
  version: SemVerLike,
  entryUrl: sameOriginPath("js"),
  cssUrls: z.array(sameOriginPath("css")).max(20).default([]),
  integrity: z.string().regex(/^sha(256|384|512)-[A-Za-z0-9+/=]+$/, "Subresource integrity hash"),
  publishedBy: z.string(),
  publishedAt: IsoDateTime,
});
export type ModuleVersion = z.infer<typeof ModuleVersion>;

export const ModuleEntry = z.object({
  name: ModuleName,
  route: ModuleRoute,
  framework: Framework,
  roles: z.array(Role).min(1),
  label: LocalizedText,
  order: z.number().int().min(0).max(1000),
  enabled: z.boolean(),
  currentVersion: SemVerLike.nullable(),
  current: ModuleVersion.nullable(),
  version: Version,
  updatedAt: IsoDateTime,
});
export type ModuleEntry = z.infer<typeof ModuleEntry>;

export const PublishVersion = z.object({
  version: SemVerLike,
  entryUrl: ModuleVersion.shape.entryUrl,
  cssUrls: ModuleVersion.shape.cssUrls,
  integrity: ModuleVersion.shape.integrity,
  /** Module metadata; required the first time a module is published, updates it otherwise. */
  route: ModuleEntry.shape.route.optional(),
  framework: Framework.optional(),
  roles: z.array(Role).min(1).optional(),
  label: LocalizedText.optional(),
  order: z.number().int().min(0).max(1000).optional(),
});
export type PublishVersion = z.infer<typeof PublishVersion>;

export const UpdateModule = z.object({
  version: Version,
  roles: z.array(Role).min(1).optional(),
  label: LocalizedText.optional(),
  order: z.number().int().min(0).max(1000).optional(),
  enabled: z.boolean().optional(),
});

export const Rollback = z.object({ version: Version, to: SemVerLike });

export const PublishEvent = z.object({
  id: z.number().int(),
  module: ModuleName,
  action: z.enum(["publish", "rollback", "update"]),
  fromVersion: SemVerLike.nullable(),
  toVersion: SemVerLike.nullable(),
  actor: z.string(),
  at: IsoDateTime,
});
export type PublishEvent = z.infer<typeof PublishEvent>;

/** What the shell needs to build navigation and register applications. */
export const NavModule = z.object({
  name: ModuleName,
  route: z.string(),
  framework: Framework,
  label: LocalizedText,
  roles: z.array(Role),
  version: SemVerLike,
  specifier: z.string(),
  cssUrls: z.array(z.string()),
});
export type NavModule = z.infer<typeof NavModule>;

export const ImportMap = z.object({
  imports: z.record(z.string(), z.string()),
  scopes: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  integrity: z.record(z.string(), z.string()).optional(),
});
export type ImportMap = z.infer<typeof ImportMap>;

/** Import-map specifier under which a module's entry is mapped. */
export const moduleSpecifier = (name: string) => `@orbis/${name}`;

/* Registry service API: list pages and queries. */
export const ModulePage = pageOf(ModuleEntry);
export type ModulePage = z.infer<typeof ModulePage>;

export const ModuleQuery = z.object({
  enabled: z.enum(["true", "false"]).optional(),
  framework: Framework.optional(),
  role: Role.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A published version as listed by GET /modules/:name/versions, newest first. */
export const ModuleVersionItem = ModuleVersion.extend({ current: z.boolean() });
export type ModuleVersionItem = z.infer<typeof ModuleVersionItem>;
export const ModuleVersionPage = pageOf(ModuleVersionItem);

export const VersionQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const PublishEventPage = pageOf(PublishEvent);
export const EventQuery = z.object({
  module: ModuleName.optional(),
  action: PublishEvent.shape.action.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The shared-libraries manifest written by packages/shared-deps (dist/manifest.json). */
export const SharedDepsManifest = z.object({
  imports: z.record(z.string(), z.string()),
  integrity: z.record(z.string(), z.string()).default({}),
});
export type SharedDepsManifest = z.infer<typeof SharedDepsManifest>;
