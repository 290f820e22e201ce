import type { ModuleEntry, ModuleVersion, NavModule, PublishEvent } from "@orbis/contracts/registry";
import { moduleSpecifier } from "@orbis/contracts/registry";
import type { EventRow, ModuleRow, ModuleVersionRow } from "../db/schema";

export function toModuleVersion(row: ModuleVersionRow): ModuleVersion {
  return {
    module: row.module,
    version: row.version,
    entryUrl: row.entryUrl,
    cssUrls: row.cssUrls,
    integrity: row.integrity,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt.toISOString(),
  };
}

export function toModuleEntry(row: ModuleRow, current: ModuleVersionRow | null): ModuleEntry {
  return {
    name: row.name,
    route: row.route,
    framework: row.framework,
    roles: row.roles as ModuleEntry["roles"],
    label: { fr: row.labelFr, en: row.labelEn },
    order: row.order,
    enabled: row.enabled,
    currentVersion: row.currentVersion,
    current: current ? toModuleVersion(current) : null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toNavModule(row: ModuleRow, current: ModuleVersionRow): NavModule {
  return {
    name: row.name,
    route: row.route,
    framework: row.framework,
    label: { fr: row.labelFr, en: row.labelEn },
    roles: row.roles as NavModule["roles"],
    version: current.version,
    specifier: moduleSpecifier(row.name),
    cssUrls: current.cssUrls,
  };
}

export function toPublishEvent(row: EventRow): PublishEvent {
  return {
    id: row.id,
    module: row.module,
    action: row.action,
    fromVersion: row.fromVersion,
    toVersion: row.toVersion,
    actor: row.actor,
    at: row.at.toISOString(),
  };
}
