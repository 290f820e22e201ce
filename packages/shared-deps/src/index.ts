export { IMPORT_MAP_OVERRIDES, SHARED_SPECIFIERS, SHARED_URL_PREFIX, isSharedSpecifier } from "./specifiers";
export type { SharedSpecifier } from "./specifiers";
export { readSharedManifest, sharedDepsDistDir } from "./manifest";
export type { SharedManifest } from "./manifest";
