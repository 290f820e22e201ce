import type { Department } from "../types";
import type { NameCulture } from "./names";

export interface DepartmentSeed extends Department {
  /** Relative share of outgoing and incoming students. */
  outgoingWeight: number;
  incomingWeight: number;
  /** Name cultures of the department's native-speaker lecturers. */
  lecturerCultures: NameCulture[];
  /** Countries where the department's languages are spoken: students go there far more often than elsewhere. */
  languageCountries: string[];
}

// ISCED-F 2013: 0231 language acquisition, 0232 literature and linguistics, 0222 history and archaeology,
// 0314 sociology and cultural studies, 0312 political sciences and civics.
export const DEPARTMENT_SEEDS: readonly DepartmentSeed[] = [
  { code: "CHINESE", nameFr: "Études chinoises", nameEn: "Chinese Studies", languages: ["zh"], iscedCodes: ["0231", "0232", "0222"], outgoingWeight: 16, incomingWeight: 14, lecturerCultures: ["zh"], languageCountries: ["CN", "TW", "HK", "SG"] },
  { code: "JAPANESE", nameFr: "Études japonaises", nameEn: "Japanese Studies", languages: ["ja"], iscedCodes: ["0231", "0232", "0314"], outgoingWeight: 16, incomingWeight: 13, lecturerCultures: ["ja"], languageCountries: ["JP"] },
  { code: "KOREAN", nameFr: "Études coréennes", nameEn: "Korean Studies", languages: ["ko"], iscedCodes: ["0231", "0232", "0314"], outgoingWeight: 11, incomingWeight: 10, lecturerCultures: ["ko"], languageCountries: ["KR"] },
  { code: "ARABIC", nameFr: "Études arabes", nameEn: "Arabic Studies", languages: ["ar"], iscedCodes: ["0231", "0232", "0222"], outgoingWeight: 10, incomingWeight: 9, lecturerCultures: ["ar"], languageCountries: ["EG", "MA", "TN", "LB", "JO"] },
  { code: "RUSSIAN", nameFr: "Études russes", nameEn: "Russian Studies", languages: ["ru"], iscedCodes: ["0231", "0232", "0222"], outgoingWeight: 8, incomingWeight: 7, lecturerCultures: ["ru"], languageCountries: ["RU", "UA", "KZ", "UZ", "GE", "AM", "LV", "EE"] },
  { code: "CEE", nameFr: "Europe centrale et orientale", nameEn: "Central and Eastern European Studies", languages: ["pl", "cs", "hu", "ro", "bg", "uk", "sr", "hr", "el", "lt", "lv", "et"], iscedCodes: ["0231", "0232", "0222"], outgoingWeight: 8, incomingWeight: 10, lecturerCultures: ["pl", "cs", "hu", "ro", "uk"], languageCountries: ["PL", "CZ", "SK", "HU", "RO", "BG", "HR", "SI", "RS", "MK", "GR", "LT", "LV", "EE", "UA"] },
  { code: "EURASIA", nameFr: "Eurasie : Turquie, Iran, Caucase, Asie centrale", nameEn: "Eurasian Studies: Turkey, Iran, Caucasus, Central Asia", languages: ["tr", "fa", "hy", "ka", "uz", "kk", "mn"], iscedCodes: ["0231", "0232", "0312"], outgoingWeight: 7, incomingWeight: 7, lecturerCultures: ["tr", "fa", "ka"], languageCountries: ["TR", "IR", "GE", "AM", "KZ", "UZ", "MN"] },
  { code: "SOUTHEAST_ASIA", nameFr: "Asie du Sud-Est et Pacifique", nameEn: "Southeast Asian and Pacific Studies", languages: ["vi", "th", "id", "km", "ms"], iscedCodes: ["0231", "0232", "0314"], outgoingWeight: 6, incomingWeight: 5, lecturerCultures: ["vi", "th", "id"], languageCountries: ["VN", "TH", "ID", "MY", "KH", "SG"] },
  { code: "SOUTH_ASIA", nameFr: "Asie du Sud et Himalaya", nameEn: "South Asian and Himalayan Studies", languages: ["hi", "ur", "bn", "ta", "ne", "si"], iscedCodes: ["0231", "0232", "0222"], outgoingWeight: 5, incomingWeight: 4, lecturerCultures: ["hi"], languageCountries: ["IN", "NP", "LK"] },
  { code: "AFRICA", nameFr: "Afrique", nameEn: "African Studies", languages: ["sw", "am", "mg", "wo", "ha"], iscedCodes: ["0231", "0232", "0314"], outgoingWeight: 4, incomingWeight: 5, lecturerCultures: ["sw", "fr"], languageCountries: ["SN", "KE", "TZ", "ET", "MG", "ZA"] },
  { code: "HEBREW", nameFr: "Études hébraïques et juives", nameEn: "Hebrew and Jewish Studies", languages: ["he", "yi"], iscedCodes: ["0231", "0232", "0222"], outgoingWeight: 3, incomingWeight: 3, lecturerCultures: ["he"], languageCountries: ["IL"] },
  { code: "AMERICAS", nameFr: "Langues et cultures des Amériques", nameEn: "Languages and Cultures of the Americas", languages: ["qu", "nah", "gn"], iscedCodes: ["0231", "0232", "0314"], outgoingWeight: 4, incomingWeight: 4, lecturerCultures: ["es"], languageCountries: ["MX", "PE", "BO"] },
];
