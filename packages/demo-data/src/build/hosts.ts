import type { Random } from "../core/random";
import { frenchOf } from "../core/text";
import type { CountrySeed } from "../data/countries";
import type { ExternalInstitution } from "../types";
import type { InstitutionCandidate } from "./institutions";

export function externalFrom(candidate: InstitutionCandidate): ExternalInstitution {
  return { name: candidate.name, nameLatin: candidate.nameLatin, city: candidate.city.name, countryCode: candidate.country.code };
}

const TRAINEESHIP_HOSTS = ["Institut français", "Alliance française", "Chambre de commerce et d'industrie française", "Service culturel de l'ambassade de France"];

/** A French organisation abroad hosting a trainee (these keep their French name everywhere). */
export function traineeshipHost(rng: Random, country: CountrySeed): ExternalInstitution {
  const city = rng.pick(country.cities);
  const kind = rng.pick(TRAINEESHIP_HOSTS);
  const name = kind === "Alliance française" ? `${kind} ${frenchOf(city.name)}` : `${kind} – ${city.name}`;
  return { name, nameLatin: name, city: city.name, countryCode: country.code };
}
