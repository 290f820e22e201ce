import type { CountryScale } from "@orbis/contracts/outgoing";

/** A numeric scale listed at its step, best first: steps(1, 4, 0.1) = 1, 1.1, ... 4. */
function steps(best: number, worst: number, step: number): string[] {
  const count = Math.round(Math.abs(worst - best) / step);
  const sign = worst > best ? 1 : -1;
  return Array.from({ length: count + 1 }, (_, i) => String(Math.round((best + sign * i * step) * 100) / 100));
}

const ECTS_LETTERS = { passing: ["A", "B", "C", "D", "E"], failing: ["FX", "F"] };

/**
 * Usual national grading scales, used only when neither the partner nor its country has a grade distribution table
 * (then the passing grades are taken as equally frequent). Data, not rules: edit freely.
 */
export const COUNTRY_SCALES: readonly CountryScale[] = [
  { countryCode: "DE", name: "Noten 1,0 (sehr gut) - 4,0 (ausreichend)", passing: steps(1, 4, 0.1), failing: steps(4.1, 6, 0.1) },
  { countryCode: "AT", name: "Noten 1 (sehr gut) - 4 (genügend)", passing: steps(1, 4, 1), failing: ["5"] },
  { countryCode: "ES", name: "Calificación 10 - 5 (aprobado)", passing: steps(10, 5, 0.1), failing: steps(4.9, 0, 0.1) },
  { countryCode: "IT", name: "Voto 30 e lode - 18", passing: ["30L", ...steps(30, 18, 1)], failing: steps(17, 0, 1) },
  { countryCode: "PT", name: "Classificação 20 - 10", passing: steps(20, 10, 1), failing: steps(9, 0, 1) },
  { countryCode: "UK", name: "Percentage 100 - 40", passing: steps(100, 40, 1), failing: steps(39, 0, 1) },
  { countryCode: "GB", name: "Percentage 100 - 40", passing: steps(100, 40, 1), failing: steps(39, 0, 1) },
  { countryCode: "IE", name: "Percentage 100 - 40", passing: steps(100, 40, 1), failing: steps(39, 0, 1) },
  { countryCode: "US", name: "Letter grades A+ - D-", passing: ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-"], failing: ["F"] },
  { countryCode: "CA", name: "Letter grades A+ - D-", passing: ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-"], failing: ["F"] },
  { countryCode: "PL", name: "Ocena 5 (bardzo dobry) - 3 (dostateczny)", passing: steps(5, 3, 0.5), failing: ["2"] },
  { countryCode: "NL", name: "Cijfer 10 - 5,5", passing: steps(10, 5.5, 0.5), failing: steps(5, 1, 0.5) },
  { countryCode: "BE", name: "Note 20 - 10", passing: steps(20, 10, 1), failing: steps(9, 0, 1) },
  { countryCode: "SE", name: "Betyg A - E (ECTS)", ...ECTS_LETTERS },
  { countryCode: "FI", name: "Arvosana 5 - 1", passing: steps(5, 1, 1), failing: ["0"] },
  { countryCode: "DK", name: "7-trinsskala 12 - 02", passing: ["12", "10", "7", "4", "02"], failing: ["00", "-3"] },
  { countryCode: "CZ", name: "ECTS A - E", ...ECTS_LETTERS },
  { countryCode: "GR", name: "Βαθμός 10 - 5", passing: steps(10, 5, 0.5), failing: steps(4.5, 0, 0.5) },
];

export function countryScaleOf(countryCode: string): CountryScale | undefined {
  return COUNTRY_SCALES.find((scale) => scale.countryCode === countryCode);
}
