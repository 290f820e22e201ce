/** Text formats of the multi-valued cells of import/export files. */

export const LIST_SEPARATOR = " | ";

/** "a | b | c" (line breaks accepted too) -> ["a", "b", "c"]. */
export const splitList = (text: string): string[] =>
  text
    .split(/[|\r\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");

export const joinList = (items: ReadonlyArray<string | number>): string => items.join(LIST_SEPARATOR);

export interface ContactCell {
  role: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/** "role: name <email> phone"; every part but the role may be left out. */
export function formatContact(c: ContactCell): string {
  return [`${c.role}:`, c.name, c.email ? `<${c.email}>` : "", c.phone ?? ""].filter((p) => p !== "").join(" ");
}

const TRAILING_PHONE = /(?:^|\s)(\+?[0-9][0-9 ().-]{3,29})$/;

/** Undefined when the entry has no "role:" part. */
export function parseContact(entry: string): ContactCell | undefined {
  const colon = entry.indexOf(":");
  if (colon <= 0) return undefined;
  const role = entry.slice(0, colon).trim();
  let rest = entry.slice(colon + 1).trim();
  let email: string | null = null;
  const bracketed = /<([^>]*)>/.exec(rest);
  if (bracketed) {
    email = bracketed[1]!.trim() || null;
    rest = `${rest.slice(0, bracketed.index)} ${rest.slice(bracketed.index + bracketed[0].length)}`.trim();
  } else {
    const bare = /(?:^|\s)(\S+@\S+)(?=\s|$)/.exec(rest);
    if (bare) {
      email = bare[1]!;
      rest = `${rest.slice(0, bare.index)} ${rest.slice(bare.index + bare[0].length)}`.trim();
    }
  }
  let phone: string | null = null;
  const phoneMatch = TRAILING_PHONE.exec(rest);
  if (phoneMatch) {
    phone = phoneMatch[1]!.trim();
    rest = rest.slice(0, phoneMatch.index).trim();
  }
  return { role, name: rest.replace(/\s+/g, " "), email, phone };
}

export interface SignatoryCell {
  side: string;
  name: string;
  role: string;
  signedOn: string | null;
}

/** "home: name (role) 2026-05-04"; side "home"/"partner" (French "établissement"/"partenaire" accepted on input). */
export function formatSignatory(s: SignatoryCell): string {
  return [`${s.side}:`, s.name, s.role ? `(${s.role})` : "", s.signedOn ?? ""].filter((p) => p !== "").join(" ");
}

const SIDE_ALIASES: Record<string, string> = {
  home: "home",
  etablissement: "home",
  universite: "home",
  nous: "home",
  partner: "partner",
  partenaire: "partner",
};

export function parseSignatory(entry: string): SignatoryCell | undefined {
  const colon = entry.indexOf(":");
  if (colon <= 0) return undefined;
  const sideText = normalizeText(entry.slice(0, colon));
  const side = SIDE_ALIASES[sideText] ?? sideText;
  let rest = entry.slice(colon + 1).trim();
  let signedOn: string | null = null;
  const date = /(?:^|\s)(\d{4}-\d{2}-\d{2})$/.exec(rest);
  if (date) {
    signedOn = date[1]!;
    rest = rest.slice(0, date.index).trim();
  }
  let role = "";
  const roleMatch = /\(([^)]*)\)\s*$/.exec(rest);
  if (roleMatch) {
    role = roleMatch[1]!.trim();
    rest = rest.slice(0, roleMatch.index).trim();
  }
  return { side, name: rest, role, signedOn };
}

/** "2026", "2026-2027", "2026/27" -> 2026 (academic years are named by their first calendar year). */
export function parseAcademicYear(text: string): number | string | undefined {
  if (text === "") return undefined;
  const match = /^(\d{4})(?:\s*[-/–]\s*(?:\d{2}|\d{4}))?$/.exec(text.trim());
  return match ? Number(match[1]) : text;
}

/** Lowercase, accents and punctuation removed: "Pays / Country" -> "pays country". */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
