import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "@orbis/db";
import type { ModuleEntry, PublishVersion } from "@orbis/contracts/registry";
import { HttpProblem, type FieldError, type ServiceEnv } from "@orbis/service-kit";
import { modules, moduleVersions, type ModuleRow, type ModuleVersionRow } from "../db/schema";
import { actorOf } from "./actor";
import { assetPathErrors } from "./asset-paths";
import { recordModuleChange } from "./history";
import { toModuleEntry, toModuleVersion } from "./mappers";
import { assertRouteFree, findVersion, isUniqueViolation, lockModule, routeTaken } from "./queries";

export interface PublishOutcome {
  /** 201: a new version is now current; 200: this exact build was already published, nothing changed. */
  status: 200 | 201;
  entry: ModuleEntry;
}

/**
 * Publishes a build and makes it current, under the module's row lock: concurrent publishes of one module are
 * serialized, each lands in the history, and the current version is the one committed last.
 */
export async function publishVersion(db: Db, c: Context<ServiceEnv>, name: string, input: PublishVersion): Promise<PublishOutcome> {
  const pathErrors = assetPathErrors(name, input.version, input.entryUrl, input.cssUrls);
  if (pathErrors.length) throw new HttpProblem("validation", "Files must live in the version's static folder.", { errors: pathErrors });
  try {
    return await db.transaction(async (tx) => {
      const existing = await lockModule(tx, name);
      if (!existing) {
        const created = await createModule(tx, c, name, input);
        if (created) return created;
      }
      const before = existing ?? (await lockModule(tx, name));
      if (!before) throw new Error(`Module ${name} vanished while publishing`);
      return publishOnExisting(tx, c, before, input);
    });
  } catch (err) {
    if (input.route && isUniqueViolation(err, "modules_route_unique")) throw routeTaken(input.route);
    throw err;
  }
}

/** First publish: the module record is created with this version current. Null when a concurrent publish created it first. */
async function createModule(tx: Db, c: Context<ServiceEnv>, name: string, input: PublishVersion): Promise<PublishOutcome | null> {
  const metadata = requireMetadata(name, input);
  await assertRouteFree(tx, metadata.route, name);
  const [created] = await tx
    .insert(modules)
    .values({
      name,
      route: metadata.route,
      framework: metadata.framework,
      roles: metadata.roles,
      labelFr: metadata.label.fr,
      labelEn: metadata.label.en,
      order: input.order ?? 100,
      currentVersion: input.version,
    })
    .onConflictDoNothing({ target: modules.name })
    .returning();
  if (!created) return null;
  const published = await insertVersion(tx, c, name, input);
  await recordModuleChange(tx, c, {
    module: name,
    action: "publish",
    fromVersion: null,
    toVersion: input.version,
    before: null,
    after: { ...created, published: toModuleVersion(published) },
  });
  return { status: 201, entry: toModuleEntry(created, published) };
}

/**
 * Route and framework are facts of the code and follow each build; roles, labels and menu order are settings the
 * administrators own (PATCH /modules/{name}): a deploy seeds them on the first publish and never overwrites them.
 */
async function publishOnExisting(tx: Db, c: Context<ServiceEnv>, before: ModuleRow, input: PublishVersion): Promise<PublishOutcome> {
  const already = await findVersion(tx, before.name, input.version);
  if (already) {
    if (!sameBuild(already, input)) {
      throw new HttpProblem(
        "duplicate",
        `Version ${input.version} of ${before.name} was already published with different files; publish under a new version label.`,
        { errors: [{ path: "body.version", message: "Already published with different content" }] },
      );
    }
    const current = before.currentVersion ? await findVersion(tx, before.name, before.currentVersion) : undefined;
    return { status: 200, entry: toModuleEntry(before, current ?? null) };
  }
  if (input.route && input.route !== before.route) await assertRouteFree(tx, input.route, before.name);

  const published = await insertVersion(tx, c, before.name, input);
  const [after] = await tx
    .update(modules)
    .set({
      currentVersion: input.version,
      ...(input.route ? { route: input.route } : {}),
      ...(input.framework ? { framework: input.framework } : {}),
      version: sql`${modules.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(modules.name, before.name))
    .returning();
  await recordModuleChange(tx, c, {
    module: before.name,
    action: "publish",
    fromVersion: before.currentVersion,
    toVersion: input.version,
    before,
    after: { ...after!, published: toModuleVersion(published) },
  });
  return { status: 201, entry: toModuleEntry(after!, published) };
}

async function insertVersion(tx: Db, c: Context<ServiceEnv>, name: string, input: PublishVersion): Promise<ModuleVersionRow> {
  const [row] = await tx
    .insert(moduleVersions)
    .values({
      module: name,
      version: input.version,
      entryUrl: input.entryUrl,
      cssUrls: input.cssUrls,
      integrity: input.integrity,
      publishedBy: actorOf(c),
    })
    .returning();
  return row!;
}

/** Re-publishing the same label is harmless only if it is the very same build. */
function sameBuild(row: ModuleVersionRow, input: PublishVersion): boolean {
  return (
    row.integrity === input.integrity &&
    row.entryUrl === input.entryUrl &&
    row.cssUrls.length === input.cssUrls.length &&
    row.cssUrls.every((url, i) => url === input.cssUrls[i])
  );
}

function requireMetadata(name: string, input: PublishVersion) {
  const { route, framework, roles, label } = input;
  if (route && framework && roles && label) return { route, framework, roles, label };
  const errors: FieldError[] = (["route", "framework", "roles", "label"] as const)
    .filter((field) => input[field] === undefined)
    .map((field) => ({ path: `body.${field}`, message: "Required on the first publish of a module" }));
  throw new HttpProblem("validation", `Module ${name} is published for the first time: give its route, framework, roles and label.`, {
    errors,
  });
}
