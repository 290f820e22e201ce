import type { Random } from "../core/random";
import { slug } from "../core/text";
import type { NameCulture } from "../data/names";
import { feminineSurname, namePool } from "../data/names";
import type { Sex } from "../types";

export function personName(rng: Random, culture: NameCulture, sex: Sex): { firstName: string; lastName: string } {
  const pool = namePool(culture);
  const female = sex === "F" || (sex === "X" && rng.chance(0.5));
  const firstName = rng.pick(female ? pool.female : pool.male);
  const surname = rng.pick(pool.surnames);
  return { firstName, lastName: female ? feminineSurname(culture, surname) : surname };
}

/** Hands out "first.last@domain" addresses, numbering repeats ("first.last2@domain") in constant time. */
export class EmailRegistry {
  private readonly taken = new Set<string>();
  private readonly repeats = new Map<string, number>();

  constructor(reserved: Iterable<string> = []) {
    for (const email of reserved) this.taken.add(email);
  }

  reserve(email: string): void {
    this.taken.add(email);
  }

  /** Names come from small pools: their slugs are computed once. */
  private readonly slugs = new Map<string, string>();

  private slugOf(name: string): string {
    let value = this.slugs.get(name);
    if (value === undefined) this.slugs.set(name, (value = slug(name)));
    return value;
  }

  next(firstName: string, lastName: string, domain: string): string {
    const local = `${this.slugOf(firstName)}.${this.slugOf(lastName)}`;
    const key = `${local}@${domain}`;
    let n = this.repeats.get(key) ?? 1;
    let email = n === 1 ? key : `${local}${n}@${domain}`;
    while (this.taken.has(email)) email = `${local}${++n}@${domain}`;
    this.repeats.set(key, n + 1);
    this.taken.add(email);
    return email;
  }
}
