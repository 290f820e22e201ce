import type { Random } from "../core/random";
import type { CountrySeed } from "../data/countries";
import { DEPARTMENT_SEEDS } from "../data/departments";
import { OUTGOING_TRAVEL_BANS } from "../data/disruptions";
import { agreementYearRange } from "../helpers";
import type { Agreement, CooperationCondition, Direction, EqfLevel, MobilityType, Partner } from "../types";

export interface Option {
  agreement: Agreement;
  condition: CooperationCondition;
  partner: Partner;
  country: CountrySeed;
}

/** Places of one condition in one academic year, shared by the entries of all the agreement's departments. */
interface Places {
  offered: number;
  used: number;
}

interface Entry {
  option: Option;
  places: Places;
  /** Outgoing mobility is impossible (travel advice). */
  outgoingBanned: boolean;
}

const LANGUAGE_COUNTRIES = new Map(DEPARTMENT_SEEDS.map((d) => [d.code, new Set(d.languageCountries)]));
const LANGUAGE_COUNTRY_PREFERENCE = 6;

/** Any department: staff training is not tied to a department. */
export const ANY_DEPARTMENT = "*";

/**
 * The agreements' cooperation conditions, indexed by academic year, direction, mobility type and department, with
 * the places used so far, so that mobilities are spread over agreements roughly within the places offered.
 */
export class EligibilityIndex {
  private readonly entries = new Map<string, Entry[]>();

  constructor(agreements: readonly Agreement[], partners: ReadonlyMap<string, Partner>, countries: ReadonlyMap<string, CountrySeed>, years: readonly number[]) {
    for (const agreement of agreements) {
      const partner = partners.get(agreement.partnerId) as Partner;
      const country = countries.get(partner.countryCode) as CountrySeed;
      const banFrom = OUTGOING_TRAVEL_BANS[country.code] ?? Number.POSITIVE_INFINITY;
      const range = agreementYearRange(agreement);
      if (range === null) continue;
      for (const year of years) {
        if (year < range[0] || year > range[1]) continue;
        for (const condition of agreement.conditions) {
          const option = { agreement, condition, partner, country };
          const places = { offered: condition.places, used: 0 };
          const outgoingBanned = condition.direction === "outgoing" && year >= banFrom;
          for (const department of [...agreement.departments, ANY_DEPARTMENT]) {
            const key = this.key(year, condition.direction, condition.mobilityType, department);
            let list = this.entries.get(key);
            if (!list) this.entries.set(key, (list = []));
            list.push({ option, places, outgoingBanned });
          }
        }
      }
    }
  }

  private key(year: number, direction: Direction, type: MobilityType, department: string): string {
    return `${year}|${direction}|${type}|${department}`;
  }

  /**
   * Picks an option for a mobility, preferring conditions with places left and, much more, institutions in the
   * department's language countries; counts the place as used.
   */
  pick(rng: Random, year: number, direction: Direction, type: MobilityType, department: string, eqf: EqfLevel | null): Option | null {
    const all = this.entries.get(this.key(year, direction, type, department));
    if (!all) return null;
    const eligible = all.filter((e) => !e.outgoingBanned && (eqf === null || e.option.condition.eqfLevels.includes(eqf)));
    if (eligible.length === 0) return null;
    const languageCountries = LANGUAGE_COUNTRIES.get(department);
    const chosen = rng.weighted(eligible, (e) => {
      const places = e.places.used < e.places.offered ? e.places.offered - e.places.used : 0.05;
      return languageCountries?.has(e.option.country.code) ? places * LANGUAGE_COUNTRY_PREFERENCE : places;
    });
    chosen.places.used++;
    return chosen.option;
  }
}
