import type { FieldError } from "@orbis/service-kit";

/**
 * A build is served from the static store at /static/<module>/<version>/; a version whose files live anywhere else
 * (another module's folder, another version's) is refused, so a publish can only point at its own files.
 */
export function assetPathErrors(name: string, version: string, entryUrl: string, cssUrls: string[]): FieldError[] {
  const prefix = `/static/${name}/${version}/`;
  const message = `Must be a file under ${prefix}`;
  const errors: FieldError[] = [];
  if (!entryUrl.startsWith(prefix)) errors.push({ path: "body.entryUrl", message });
  cssUrls.forEach((url, i) => {
    if (!url.startsWith(prefix)) errors.push({ path: `body.cssUrls.${i}`, message });
  });
  return errors;
}
