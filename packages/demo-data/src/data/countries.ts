import type { ErasmusCountryGroup, WorldRegion } from "../types";
import type { NameCulture } from "./names";

export type CalendarCode = "eu" | "fr" | "jp" | "kr" | "cn" | "us" | "in" | "south";

export interface CitySeed {
  /** Usual English/Latin name. */
  name: string;
  /** Name in the original language and script. */
  local: string;
  lat: number;
  lon: number;
  /** Inflected forms used by name patterns: adj, loc, gen, fr (French name for "de X"). */
  forms?: { adj?: string; loc?: string; gen?: string; fr?: string };
  /** City part of Erasmus codes when it cannot be derived from the local name (non-Latin scripts). */
  erasmus?: string;
  /** Name style overriding the country's (bilingual countries). */
  style?: string;
  /** Programme agreements run with institutions of this city. */
  programme?: "CUPA" | "PQEE";
}

export interface CountrySeed {
  code: string;
  nameFr: string;
  nameEn: string;
  region: WorldRegion;
  languages: string[];
  erasmusStatus: "programme" | "partner";
  erasmusPartnerRegion: number | null;
  erasmusCodePrefix: string | null;
  /** Last academic year the country took part in Erasmus+ as a programme country (the United Kingdom). */
  formerProgrammeUntil?: string;
  style: string;
  culture: NameCulture;
  /** Relative share of the partners located in the country (0: none). */
  partnerWeight: number;
  /** Relative share of the non-French outgoing students holding its nationality. */
  outgoingNationalityWeight: number;
  departments: string[];
  cities: CitySeed[];
  /** Domain suffix of its institutions (SCHAC codes and websites). */
  domain: string;
  calendar: CalendarCode;
}

// Erasmus+ country groups (DOMAIN.md): from the 2024 call, and for the 2021-2023 calls (G3 = the other programme countries).
export const GROUPS_2024: Record<ErasmusCountryGroup, readonly string[]> = {
  G1: ["AT", "BE", "DK", "FI", "FR", "DE", "IS", "IE", "IT", "LI", "LU", "NL", "NO", "SE"],
  G2: ["CY", "CZ", "EE", "GR", "LV", "MT", "PT", "SK", "SI", "ES"],
  G3: ["BG", "HR", "HU", "LT", "MK", "PL", "RO", "RS", "TR"],
};
export const GROUPS_2021: Record<"G1" | "G2", readonly string[]> = {
  G1: ["DK", "FI", "IS", "IE", "LI", "LU", "NO", "SE"],
  G2: ["AT", "BE", "CY", "FR", "DE", "GR", "IT", "MT", "NL", "PT", "ES"],
};

type CityTuple = [name: string, local: string, lat: number, lon: number, extra?: Omit<CitySeed, "name" | "local" | "lat" | "lon">];
const cities = (...list: CityTuple[]): CitySeed[] =>
  list.map(([name, local, lat, lon, extra]) => ({ name, local, lat, lon, ...extra }));

const ASIA = ["CHINESE", "JAPANESE", "KOREAN"];

type Base = Omit<CountrySeed, "erasmusStatus" | "erasmusPartnerRegion" | "erasmusCodePrefix">;
const programme = (prefix: string, base: Base): CountrySeed => ({ ...base, erasmusStatus: "programme", erasmusPartnerRegion: null, erasmusCodePrefix: prefix });
const partner = (region: number, base: Base): CountrySeed => ({ ...base, erasmusStatus: "partner", erasmusPartnerRegion: region, erasmusCodePrefix: null });
const formerProgramme = (prefix: string, until: string, base: Base): CountrySeed => ({
  ...partner(14, base),
  erasmusCodePrefix: prefix,
  formerProgrammeUntil: until,
});
const noPartners = { partnerWeight: 0, departments: [], cities: [] };

export const COUNTRY_SEEDS: readonly CountrySeed[] = [
  // Home country and Erasmus+ programme countries (EU member states and associated third countries).
  programme("F", { code: "FR", nameFr: "France", nameEn: "France", region: "europe", languages: ["fr"], style: "fr", culture: "fr", outgoingNationalityWeight: 0, domain: "fr", calendar: "fr", ...noPartners }),
  programme("A", {
    code: "AT", nameFr: "Autriche", nameEn: "Austria", region: "europe", languages: ["de"], style: "de", culture: "de", partnerWeight: 2, outgoingNationalityWeight: 0.2, domain: "ac.at", calendar: "eu",
    departments: [...ASIA, "SOUTH_ASIA", "CEE", "EURASIA", "HEBREW", "AFRICA", "RUSSIAN"],
    cities: cities(["Vienna", "Wien", 48.21, 16.37], ["Graz", "Graz", 47.07, 15.44], ["Salzburg", "Salzburg", 47.81, 13.04], ["Innsbruck", "Innsbruck", 47.26, 11.39]),
  }),
  programme("B", {
    code: "BE", nameFr: "Belgique", nameEn: "Belgium", region: "europe", languages: ["fr", "nl"], style: "fr", culture: "fr", partnerWeight: 2, outgoingNationalityWeight: 0.4, domain: "be", calendar: "eu",
    departments: ["CHINESE", "JAPANESE", "ARABIC", "AFRICA", "HEBREW", "RUSSIAN", "CEE"],
    cities: cities(
      ["Brussels", "Bruxelles", 50.85, 4.35], ["Liège", "Liège", 50.63, 5.57], ["Louvain-la-Neuve", "Louvain-la-Neuve", 50.67, 4.61],
      ["Namur", "Namur", 50.47, 4.87], ["Ghent", "Gent", 51.05, 3.72, { style: "nl" }], ["Antwerp", "Antwerpen", 51.22, 4.4, { style: "nl" }],
    ),
  }),
  programme("BG", {
    code: "BG", nameFr: "Bulgarie", nameEn: "Bulgaria", region: "europe", languages: ["bg"], style: "bg", culture: "bg", partnerWeight: 2, outgoingNationalityWeight: 0.5, domain: "bg", calendar: "eu",
    departments: ["CEE", "RUSSIAN", "CHINESE", "KOREAN", "JAPANESE", "EURASIA"],
    cities: cities(
      ["Sofia", "София", 42.7, 23.32, { forms: { adj: "Софийски" }, erasmus: "SOFIA" }],
      ["Plovdiv", "Пловдив", 42.14, 24.75, { forms: { adj: "Пловдивски" }, erasmus: "PLOVDIV" }],
      ["Veliko Tarnovo", "Велико Търново", 43.08, 25.63, { forms: { adj: "Великотърновски" }, erasmus: "VELIKO" }],
    ),
  }),
  programme("HR", {
    code: "HR", nameFr: "Croatie", nameEn: "Croatia", region: "europe", languages: ["hr"], style: "hr", culture: "hr", partnerWeight: 1, outgoingNationalityWeight: 0.1, domain: "hr", calendar: "eu",
    departments: ["CEE", "JAPANESE", "CHINESE"],
    cities: cities(["Zagreb", "Zagreb", 45.81, 15.98, { forms: { loc: "u Zagrebu" } }], ["Zadar", "Zadar", 44.12, 15.23, { forms: { loc: "u Zadru" } }], ["Split", "Split", 43.51, 16.44, { forms: { loc: "u Splitu" } }], ["Rijeka", "Rijeka", 45.33, 14.44, { forms: { loc: "u Rijeci" } }]),
  }),
  programme("CY", { code: "CY", nameFr: "Chypre", nameEn: "Cyprus", region: "europe", languages: ["el", "tr"], style: "el", culture: "el", outgoingNationalityWeight: 0, domain: "ac.cy", calendar: "eu", ...noPartners }),
  programme("CZ", {
    code: "CZ", nameFr: "Tchéquie", nameEn: "Czechia", region: "europe", languages: ["cs"], style: "cs", culture: "cs", partnerWeight: 3, outgoingNationalityWeight: 0.2, domain: "cz", calendar: "eu",
    departments: ["CEE", "RUSSIAN", ...ASIA, "ARABIC"],
    cities: cities(["Prague", "Praha", 50.08, 14.44, { forms: { loc: "v Praze" } }], ["Brno", "Brno", 49.2, 16.61, { forms: { loc: "v Brně" } }], ["Olomouc", "Olomouc", 49.59, 17.25, { forms: { loc: "v Olomouci" } }], ["Ostrava", "Ostrava", 49.82, 18.26, { forms: { loc: "v Ostravě" } }]),
  }),
  programme("DK", {
    code: "DK", nameFr: "Danemark", nameEn: "Denmark", region: "europe", languages: ["da", "en"], style: "da", culture: "nordic", partnerWeight: 1, outgoingNationalityWeight: 0.05, domain: "dk", calendar: "eu",
    departments: [...ASIA, "SOUTH_ASIA"],
    cities: cities(["Copenhagen", "København", 55.68, 12.57, { forms: { gen: "Københavns" } }], ["Aarhus", "Aarhus", 56.16, 10.2, { forms: { gen: "Aarhus" } }], ["Odense", "Odense", 55.4, 10.39, { forms: { gen: "Odense" } }]),
  }),
  programme("EE", {
    code: "EE", nameFr: "Estonie", nameEn: "Estonia", region: "europe", languages: ["et", "en"], style: "et", culture: "et", partnerWeight: 1, outgoingNationalityWeight: 0.05, domain: "ee", calendar: "eu",
    departments: ["RUSSIAN", "CEE", "JAPANESE"],
    cities: cities(["Tallinn", "Tallinn", 59.44, 24.75, { forms: { gen: "Tallinna" } }], ["Tartu", "Tartu", 58.38, 26.72, { forms: { gen: "Tartu" } }]),
  }),
  programme("SF", {
    code: "FI", nameFr: "Finlande", nameEn: "Finland", region: "europe", languages: ["fi", "en"], style: "fi", culture: "fi", partnerWeight: 1.5, outgoingNationalityWeight: 0.05, domain: "fi", calendar: "eu",
    departments: ["RUSSIAN", "CEE", ...ASIA, "EURASIA"],
    cities: cities(["Helsinki", "Helsinki", 60.17, 24.94, { forms: { gen: "Helsingin" } }], ["Turku", "Turku", 60.45, 22.27, { forms: { gen: "Turun" } }], ["Tampere", "Tampere", 61.5, 23.76, { forms: { gen: "Tampereen" } }], ["Jyväskylä", "Jyväskylä", 62.24, 25.75, { forms: { gen: "Jyväskylän" } }]),
  }),
  programme("D", {
    code: "DE", nameFr: "Allemagne", nameEn: "Germany", region: "europe", languages: ["de"], style: "de", culture: "de", partnerWeight: 6, outgoingNationalityWeight: 1, domain: "de", calendar: "eu",
    departments: [...ASIA, "ARABIC", "RUSSIAN", "CEE", "EURASIA", "SOUTH_ASIA", "SOUTHEAST_ASIA", "AFRICA", "HEBREW", "AMERICAS"],
    cities: cities(
      ["Berlin", "Berlin", 52.52, 13.4], ["Hamburg", "Hamburg", 53.55, 9.99], ["Munich", "München", 48.14, 11.58], ["Heidelberg", "Heidelberg", 49.4, 8.67],
      ["Leipzig", "Leipzig", 51.34, 12.37], ["Bonn", "Bonn", 50.74, 7.1], ["Cologne", "Köln", 50.94, 6.96], ["Frankfurt", "Frankfurt am Main", 50.11, 8.68],
      ["Tübingen", "Tübingen", 48.52, 9.06], ["Göttingen", "Göttingen", 51.54, 9.93], ["Freiburg", "Freiburg im Breisgau", 47.99, 7.84], ["Erlangen", "Erlangen", 49.59, 11.0], ["Marburg", "Marburg", 50.8, 8.77],
    ),
  }),
  programme("G", {
    code: "GR", nameFr: "Grèce", nameEn: "Greece", region: "europe", languages: ["el"], style: "el", culture: "el", partnerWeight: 1.5, outgoingNationalityWeight: 0.3, domain: "gr", calendar: "eu",
    departments: ["CEE", "RUSSIAN", "ARABIC", "EURASIA"],
    cities: cities(
      ["Athens", "Αθήνα", 37.98, 23.73, { forms: { gen: "Αθηνών" }, erasmus: "ATHINE" }], ["Thessaloniki", "Θεσσαλονίκη", 40.64, 22.94, { forms: { gen: "Θεσσαλονίκης" }, erasmus: "THESSAL" }],
      ["Patras", "Πάτρα", 38.25, 21.73, { forms: { gen: "Πατρών" }, erasmus: "PATRA" }], ["Ioannina", "Ιωάννινα", 39.66, 20.85, { forms: { gen: "Ιωαννίνων" }, erasmus: "IOANNIN" }],
    ),
  }),
  programme("HU", {
    code: "HU", nameFr: "Hongrie", nameEn: "Hungary", region: "europe", languages: ["hu"], style: "hu", culture: "hu", partnerWeight: 2, outgoingNationalityWeight: 0.2, domain: "hu", calendar: "eu",
    departments: ["CEE", ...ASIA, "EURASIA", "RUSSIAN"],
    cities: cities(["Budapest", "Budapest", 47.5, 19.04, { forms: { adj: "Budapesti" } }], ["Szeged", "Szeged", 46.25, 20.15, { forms: { adj: "Szegedi" } }], ["Pécs", "Pécs", 46.07, 18.23, { forms: { adj: "Pécsi" } }], ["Debrecen", "Debrecen", 47.53, 21.63, { forms: { adj: "Debreceni" } }]),
  }),
  programme("IS", { code: "IS", nameFr: "Islande", nameEn: "Iceland", region: "europe", languages: ["is", "en"], style: "en", culture: "nordic", outgoingNationalityWeight: 0, domain: "is", calendar: "eu", ...noPartners }),
  programme("IRL", {
    code: "IE", nameFr: "Irlande", nameEn: "Ireland", region: "europe", languages: ["en"], style: "en", culture: "en", partnerWeight: 0.8, outgoingNationalityWeight: 0.05, domain: "ie", calendar: "eu",
    departments: [...ASIA],
    cities: cities(["Dublin", "Dublin", 53.35, -6.26], ["Cork", "Cork", 51.9, -8.47], ["Galway", "Galway", 53.27, -9.06], ["Limerick", "Limerick", 52.66, -8.63]),
  }),
  programme("I", {
    code: "IT", nameFr: "Italie", nameEn: "Italy", region: "europe", languages: ["it"], style: "it", culture: "it", partnerWeight: 5, outgoingNationalityWeight: 1, domain: "it", calendar: "eu",
    departments: [...ASIA, "ARABIC", "RUSSIAN", "SOUTH_ASIA", "AFRICA", "EURASIA", "HEBREW", "CEE"],
    cities: cities(
      ["Rome", "Roma", 41.9, 12.5], ["Naples", "Napoli", 40.85, 14.27], ["Venice", "Venezia", 45.44, 12.33], ["Milan", "Milano", 45.46, 9.19],
      ["Bologna", "Bologna", 44.49, 11.34], ["Turin", "Torino", 45.07, 7.69], ["Florence", "Firenze", 43.77, 11.26], ["Perugia", "Perugia", 43.11, 12.39],
    ),
  }),
  programme("LV", {
    code: "LV", nameFr: "Lettonie", nameEn: "Latvia", region: "europe", languages: ["lv", "en"], style: "lv", culture: "lv", partnerWeight: 1, outgoingNationalityWeight: 0.05, domain: "lv", calendar: "eu",
    departments: ["RUSSIAN", "CEE", "CHINESE", "JAPANESE"],
    cities: cities(["Riga", "Rīga", 56.95, 24.11, { forms: { gen: "Rīgas" } }], ["Daugavpils", "Daugavpils", 55.87, 26.54, { forms: { gen: "Daugavpils" } }], ["Liepāja", "Liepāja", 56.51, 21.01, { forms: { gen: "Liepājas" } }]),
  }),
  programme("FL", { code: "LI", nameFr: "Liechtenstein", nameEn: "Liechtenstein", region: "europe", languages: ["de"], style: "de", culture: "de", outgoingNationalityWeight: 0, domain: "li", calendar: "eu", ...noPartners }),
  programme("LT", {
    code: "LT", nameFr: "Lituanie", nameEn: "Lithuania", region: "europe", languages: ["lt", "en"], style: "lt", culture: "lt", partnerWeight: 1, outgoingNationalityWeight: 0.05, domain: "lt", calendar: "eu",
    departments: ["RUSSIAN", "CEE", "CHINESE", "KOREAN"],
    cities: cities(["Vilnius", "Vilnius", 54.69, 25.28, { forms: { gen: "Vilniaus" } }], ["Kaunas", "Kaunas", 54.9, 23.9, { forms: { gen: "Kauno" } }], ["Klaipėda", "Klaipėda", 55.7, 21.14, { forms: { gen: "Klaipėdos" } }]),
  }),
  programme("LUX", { code: "LU", nameFr: "Luxembourg", nameEn: "Luxembourg", region: "europe", languages: ["fr", "de", "lb"], style: "fr", culture: "fr", outgoingNationalityWeight: 0.05, domain: "lu", calendar: "eu", ...noPartners }),
  programme("MT", { code: "MT", nameFr: "Malte", nameEn: "Malta", region: "europe", languages: ["mt", "en"], style: "en", culture: "en", outgoingNationalityWeight: 0, domain: "edu.mt", calendar: "eu", ...noPartners }),
  programme("NL", {
    code: "NL", nameFr: "Pays-Bas", nameEn: "Netherlands", region: "europe", languages: ["nl", "en"], style: "nl", culture: "nl", partnerWeight: 3, outgoingNationalityWeight: 0.2, domain: "nl", calendar: "eu",
    departments: [...ASIA, "ARABIC", "SOUTH_ASIA", "SOUTHEAST_ASIA", "HEBREW", "AFRICA", "RUSSIAN", "EURASIA"],
    cities: cities(["Leiden", "Leiden", 52.16, 4.49], ["Amsterdam", "Amsterdam", 52.37, 4.9], ["Utrecht", "Utrecht", 52.09, 5.12], ["Groningen", "Groningen", 53.22, 6.57], ["Nijmegen", "Nijmegen", 51.84, 5.85], ["Maastricht", "Maastricht", 50.85, 5.69]),
  }),
  programme("N", {
    code: "NO", nameFr: "Norvège", nameEn: "Norway", region: "europe", languages: ["no", "en"], style: "no", culture: "nordic", partnerWeight: 1, outgoingNationalityWeight: 0.05, domain: "no", calendar: "eu",
    departments: [...ASIA, "SOUTH_ASIA", "RUSSIAN"],
    cities: cities(["Oslo", "Oslo", 59.91, 10.75], ["Bergen", "Bergen", 60.39, 5.32], ["Trondheim", "Trondheim", 63.43, 10.4], ["Tromsø", "Tromsø", 69.65, 18.96]),
  }),
  programme("PL", {
    code: "PL", nameFr: "Pologne", nameEn: "Poland", region: "europe", languages: ["pl"], style: "pl", culture: "pl", partnerWeight: 4, outgoingNationalityWeight: 0.7, domain: "edu.pl", calendar: "eu",
    departments: ["CEE", "RUSSIAN", ...ASIA, "ARABIC", "EURASIA", "SOUTH_ASIA"],
    cities: cities(
      ["Warsaw", "Warszawa", 52.23, 21.01, { forms: { adj: "Warszawski", loc: "w Warszawie" } }], ["Kraków", "Kraków", 50.06, 19.94, { forms: { adj: "Krakowski", loc: "w Krakowie" } }],
      ["Poznań", "Poznań", 52.41, 16.93, { forms: { adj: "Poznański", loc: "w Poznaniu" } }], ["Wrocław", "Wrocław", 51.11, 17.04, { forms: { adj: "Wrocławski", loc: "we Wrocławiu" } }],
      ["Łódź", "Łódź", 51.76, 19.46, { forms: { adj: "Łódzki", loc: "w Łodzi" } }], ["Gdańsk", "Gdańsk", 54.35, 18.65, { forms: { adj: "Gdański", loc: "w Gdańsku" } }],
    ),
  }),
  programme("P", {
    code: "PT", nameFr: "Portugal", nameEn: "Portugal", region: "europe", languages: ["pt"], style: "pt", culture: "pt", partnerWeight: 1.5, outgoingNationalityWeight: 1, domain: "pt", calendar: "eu",
    departments: ["CHINESE", "JAPANESE", "AFRICA", "AMERICAS"],
    cities: cities(["Lisbon", "Lisboa", 38.72, -9.14], ["Porto", "Porto", 41.15, -8.61], ["Coimbra", "Coimbra", 40.21, -8.43], ["Braga", "Braga", 41.55, -8.42], ["Aveiro", "Aveiro", 40.64, -8.65]),
  }),
  programme("RO", {
    code: "RO", nameFr: "Roumanie", nameEn: "Romania", region: "europe", languages: ["ro"], style: "ro", culture: "ro", partnerWeight: 2, outgoingNationalityWeight: 1, domain: "ro", calendar: "eu",
    departments: ["CEE", "RUSSIAN", ...ASIA, "ARABIC"],
    cities: cities(["Bucharest", "București", 44.43, 26.1], ["Cluj-Napoca", "Cluj-Napoca", 46.77, 23.62], ["Iași", "Iași", 47.16, 27.59], ["Timișoara", "Timișoara", 45.76, 21.23]),
  }),
  programme("SK", {
    code: "SK", nameFr: "Slovaquie", nameEn: "Slovakia", region: "europe", languages: ["sk"], style: "sk", culture: "cs", partnerWeight: 1, outgoingNationalityWeight: 0.1, domain: "sk", calendar: "eu",
    departments: ["CEE", "RUSSIAN", "JAPANESE", "KOREAN"],
    cities: cities(["Bratislava", "Bratislava", 48.15, 17.11, { forms: { loc: "v Bratislave" } }], ["Košice", "Košice", 48.72, 21.26, { forms: { loc: "v Košiciach" } }], ["Nitra", "Nitra", 48.31, 18.09, { forms: { loc: "v Nitre" } }]),
  }),
  programme("SI", {
    code: "SI", nameFr: "Slovénie", nameEn: "Slovenia", region: "europe", languages: ["sl"], style: "sl", culture: "hr", partnerWeight: 0.8, outgoingNationalityWeight: 0.05, domain: "si", calendar: "eu",
    departments: ["CEE", "CHINESE", "JAPANESE"],
    cities: cities(["Ljubljana", "Ljubljana", 46.06, 14.51, { forms: { loc: "v Ljubljani" } }], ["Maribor", "Maribor", 46.55, 15.65, { forms: { loc: "v Mariboru" } }], ["Koper", "Koper", 45.55, 13.73, { forms: { loc: "v Kopru" } }]),
  }),
  programme("E", {
    code: "ES", nameFr: "Espagne", nameEn: "Spain", region: "europe", languages: ["es"], style: "es", culture: "es", partnerWeight: 4, outgoingNationalityWeight: 1, domain: "es", calendar: "eu",
    departments: [...ASIA, "ARABIC", "RUSSIAN", "AMERICAS", "HEBREW"],
    cities: cities(
      ["Madrid", "Madrid", 40.42, -3.7], ["Barcelona", "Barcelona", 41.39, 2.17], ["Granada", "Granada", 37.18, -3.6], ["Salamanca", "Salamanca", 40.97, -5.66],
      ["Seville", "Sevilla", 37.39, -5.98], ["Valencia", "Valencia", 39.47, -0.38], ["Santiago de Compostela", "Santiago de Compostela", 42.88, -8.54],
    ),
  }),
  programme("S", {
    code: "SE", nameFr: "Suède", nameEn: "Sweden", region: "europe", languages: ["sv", "en"], style: "sv", culture: "nordic", partnerWeight: 1.5, outgoingNationalityWeight: 0.05, domain: "se", calendar: "eu",
    departments: [...ASIA, "RUSSIAN", "CEE", "ARABIC"],
    cities: cities(["Stockholm", "Stockholm", 59.33, 18.07, { forms: { gen: "Stockholms" } }], ["Uppsala", "Uppsala", 59.86, 17.64, { forms: { gen: "Uppsala" } }], ["Lund", "Lund", 55.7, 13.19, { forms: { gen: "Lunds" } }], ["Gothenburg", "Göteborg", 57.71, 11.97, { forms: { gen: "Göteborgs" } }]),
  }),
  programme("MK", {
    code: "MK", nameFr: "Macédoine du Nord", nameEn: "North Macedonia", region: "europe", languages: ["mk"], style: "mk", culture: "sr", partnerWeight: 0.5, outgoingNationalityWeight: 0.05, domain: "edu.mk", calendar: "eu",
    departments: ["CEE"],
    cities: cities(["Skopje", "Скопје", 42.0, 21.43, { forms: { loc: "во Скопје" }, erasmus: "SKOPJE" }], ["Bitola", "Битола", 41.03, 21.33, { forms: { loc: "во Битола" }, erasmus: "BITOLA" }]),
  }),
  programme("RS", {
    code: "RS", nameFr: "Serbie", nameEn: "Serbia", region: "europe", languages: ["sr"], style: "sr", culture: "sr", partnerWeight: 1, outgoingNationalityWeight: 0.2, domain: "ac.rs", calendar: "eu",
    departments: ["CEE", "RUSSIAN"],
    cities: cities(["Belgrade", "Београд", 44.79, 20.45, { forms: { loc: "у Београду" }, erasmus: "BEOGRAD" }], ["Novi Sad", "Нови Сад", 45.27, 19.83, { forms: { loc: "у Новом Саду" }, erasmus: "NOVISAD" }], ["Niš", "Ниш", 43.32, 21.9, { forms: { loc: "у Нишу" }, erasmus: "NIS" }]),
  }),
  programme("TR", {
    code: "TR", nameFr: "Turquie", nameEn: "Türkiye", region: "europe", languages: ["tr", "en"], style: "tr", culture: "tr", partnerWeight: 3, outgoingNationalityWeight: 1, domain: "edu.tr", calendar: "eu",
    departments: ["EURASIA", "ARABIC", "CEE", "RUSSIAN", ...ASIA],
    cities: cities(["Istanbul", "İstanbul", 41.01, 28.98], ["Ankara", "Ankara", 39.93, 32.86], ["Izmir", "İzmir", 38.42, 27.14], ["Bursa", "Bursa", 40.19, 29.06], ["Eskişehir", "Eskişehir", 39.78, 30.52]),
  }),

  // Europe outside the programme (KA171 region 14).
  // The United Kingdom left Erasmus+ after the 2014-2020 programme; its institutions keep their Erasmus codes.
  formerProgramme("UK", "2020-2021", {
    code: "GB", nameFr: "Royaume-Uni", nameEn: "United Kingdom", region: "europe", languages: ["en"], style: "en", culture: "en", partnerWeight: 2, outgoingNationalityWeight: 0.5, domain: "ac.uk", calendar: "eu",
    departments: [...ASIA, "SOUTH_ASIA", "ARABIC", "AFRICA", "SOUTHEAST_ASIA", "HEBREW"],
    cities: cities(["London", "London", 51.51, -0.13], ["Oxford", "Oxford", 51.75, -1.26], ["Cambridge", "Cambridge", 52.21, 0.12], ["Edinburgh", "Edinburgh", 55.95, -3.19], ["Manchester", "Manchester", 53.48, -2.24], ["Leeds", "Leeds", 53.8, -1.55], ["Durham", "Durham", 54.78, -1.57], ["Sheffield", "Sheffield", 53.38, -1.47]),
  }),
  partner(14, {
    code: "CH", nameFr: "Suisse", nameEn: "Switzerland", region: "europe", languages: ["fr", "de", "it"], style: "fr", culture: "fr", partnerWeight: 1, outgoingNationalityWeight: 0.1, domain: "ch", calendar: "eu",
    departments: ["CHINESE", "JAPANESE", "ARABIC", "RUSSIAN", "CEE"],
    cities: cities(["Geneva", "Genève", 46.2, 6.15], ["Lausanne", "Lausanne", 46.52, 6.63], ["Zurich", "Zürich", 47.37, 8.54, { style: "de" }], ["Bern", "Bern", 46.95, 7.45, { style: "de" }], ["Basel", "Basel", 47.56, 7.59, { style: "de" }]),
  }),

  // Eastern Europe, Caucasus and Central Asia.
  partner(4, {
    code: "RU", nameFr: "Russie", nameEn: "Russia", region: "eastern-europe", languages: ["ru"], style: "ru", culture: "ru", partnerWeight: 3, outgoingNationalityWeight: 1.5, domain: "ru", calendar: "eu",
    departments: ["RUSSIAN"],
    cities: cities(
      ["Moscow", "Москва", 55.76, 37.62, { forms: { adj: "Московский" } }], ["Saint Petersburg", "Санкт-Петербург", 59.93, 30.34, { forms: { adj: "Санкт-Петербургский" } }],
      ["Kazan", "Казань", 55.79, 49.12, { forms: { adj: "Казанский" } }], ["Novosibirsk", "Новосибирск", 55.01, 82.93, { forms: { adj: "Новосибирский" } }],
      ["Yekaterinburg", "Екатеринбург", 56.84, 60.61, { forms: { adj: "Екатеринбургский" } }], ["Nizhny Novgorod", "Нижний Новгород", 56.3, 43.99, { forms: { adj: "Нижегородский" } }],
      ["Vladivostok", "Владивосток", 43.12, 131.89, { forms: { adj: "Владивостокский" } }], ["Tomsk", "Томск", 56.49, 84.95, { forms: { adj: "Томский" } }], ["Irkutsk", "Иркутск", 52.29, 104.28, { forms: { adj: "Иркутский" } }],
    ),
  }),
  partner(2, {
    code: "UA", nameFr: "Ukraine", nameEn: "Ukraine", region: "eastern-europe", languages: ["uk"], style: "uk", culture: "uk", partnerWeight: 2, outgoingNationalityWeight: 1.5, domain: "edu.ua", calendar: "eu",
    departments: ["CEE", "RUSSIAN"],
    cities: cities(["Kyiv", "Київ", 50.45, 30.52, { forms: { adj: "Київський" } }], ["Lviv", "Львів", 49.84, 24.03, { forms: { adj: "Львівський" } }], ["Kharkiv", "Харків", 49.99, 36.23, { forms: { adj: "Харківський" } }], ["Odesa", "Одеса", 46.48, 30.72, { forms: { adj: "Одеський" } }]),
  }),
  partner(2, {
    code: "GE", nameFr: "Géorgie", nameEn: "Georgia", region: "caucasus-central-asia", languages: ["ka", "en"], style: "ka", culture: "ka", partnerWeight: 1, outgoingNationalityWeight: 0.5, domain: "edu.ge", calendar: "eu",
    departments: ["EURASIA", "RUSSIAN"],
    cities: cities(["Tbilisi", "თბილისი", 41.72, 44.79], ["Kutaisi", "ქუთაისი", 42.27, 42.7], ["Batumi", "ბათუმი", 41.64, 41.63]),
  }),
  partner(2, {
    code: "AM", nameFr: "Arménie", nameEn: "Armenia", region: "caucasus-central-asia", languages: ["hy", "ru"], style: "hy", culture: "hy", partnerWeight: 1, outgoingNationalityWeight: 0.5, domain: "am", calendar: "eu",
    departments: ["EURASIA", "RUSSIAN"],
    cities: cities(["Yerevan", "Երևան", 40.18, 44.51, { forms: { gen: "Երևանի" } }], ["Vanadzor", "Վանաձոր", 40.81, 44.49, { forms: { gen: "Վանաձորի" } }]),
  }),
  partner(6, {
    code: "KZ", nameFr: "Kazakhstan", nameEn: "Kazakhstan", region: "caucasus-central-asia", languages: ["kk", "ru"], style: "ru", culture: "kk", partnerWeight: 1.2, outgoingNationalityWeight: 0.3, domain: "edu.kz", calendar: "eu",
    departments: ["EURASIA", "RUSSIAN"],
    cities: cities(["Almaty", "Алматы", 43.24, 76.89, { forms: { adj: "Алматинский" } }], ["Astana", "Астана", 51.17, 71.45, { forms: { adj: "Астанинский" } }], ["Karaganda", "Караганда", 49.81, 73.09, { forms: { adj: "Карагандинский" } }], ["Shymkent", "Шымкент", 42.32, 69.59, { forms: { adj: "Шымкентский" } }]),
  }),
  partner(6, {
    code: "UZ", nameFr: "Ouzbékistan", nameEn: "Uzbekistan", region: "caucasus-central-asia", languages: ["uz", "ru"], style: "uz", culture: "uz", partnerWeight: 1.2, outgoingNationalityWeight: 0.2, domain: "uz", calendar: "eu",
    departments: ["EURASIA", "RUSSIAN"],
    cities: cities(["Tashkent", "Toshkent", 41.3, 69.24], ["Samarkand", "Samarqand", 39.65, 66.96], ["Bukhara", "Buxoro", 39.77, 64.42], ["Namangan", "Namangan", 41.0, 71.67]),
  }),

  // Middle East and North Africa.
  partner(3, {
    code: "EG", nameFr: "Égypte", nameEn: "Egypt", region: "north-africa", languages: ["ar", "en"], style: "ar-en", culture: "ar", partnerWeight: 1.5, outgoingNationalityWeight: 0.5, domain: "edu.eg", calendar: "eu",
    departments: ["ARABIC"],
    cities: cities(["Cairo", "القاهرة", 30.04, 31.24], ["Alexandria", "الإسكندرية", 31.2, 29.92], ["Assiut", "أسيوط", 27.18, 31.18], ["Mansoura", "المنصورة", 31.04, 31.38]),
  }),
  partner(3, {
    code: "MA", nameFr: "Maroc", nameEn: "Morocco", region: "north-africa", languages: ["ar", "fr"], style: "ar-fr", culture: "ar", partnerWeight: 2, outgoingNationalityWeight: 3, domain: "ac.ma", calendar: "eu",
    departments: ["ARABIC", "AFRICA"],
    cities: cities(
      ["Rabat", "الرباط", 34.02, -6.84, { forms: { fr: "Rabat" } }], ["Fez", "فاس", 34.03, -5.0, { forms: { fr: "Fès" } }], ["Marrakesh", "مراكش", 31.63, -8.01, { forms: { fr: "Marrakech" } }],
      ["Casablanca", "الدار البيضاء", 33.57, -7.59, { forms: { fr: "Casablanca" } }], ["Tangier", "طنجة", 35.76, -5.83, { forms: { fr: "Tanger" } }],
    ),
  }),
  partner(3, {
    code: "TN", nameFr: "Tunisie", nameEn: "Tunisia", region: "north-africa", languages: ["ar", "fr"], style: "ar-fr", culture: "ar", partnerWeight: 1.2, outgoingNationalityWeight: 1.5, domain: "rnu.tn", calendar: "eu",
    departments: ["ARABIC"],
    cities: cities(["Tunis", "تونس", 36.81, 10.18, { forms: { fr: "Tunis" } }], ["Sfax", "صفاقس", 34.74, 10.76, { forms: { fr: "Sfax" } }], ["Sousse", "سوسة", 35.83, 10.64, { forms: { fr: "Sousse" } }]),
  }),
  partner(3, { code: "DZ", nameFr: "Algérie", nameEn: "Algeria", region: "north-africa", languages: ["ar", "fr"], style: "ar-fr", culture: "ar", outgoingNationalityWeight: 3, domain: "dz", calendar: "eu", ...noPartners }),
  partner(3, {
    code: "LB", nameFr: "Liban", nameEn: "Lebanon", region: "middle-east", languages: ["ar", "fr", "en"], style: "ar-fr", culture: "ar", partnerWeight: 1.2, outgoingNationalityWeight: 1, domain: "edu.lb", calendar: "eu",
    departments: ["ARABIC"],
    cities: cities(["Beirut", "بيروت", 33.89, 35.5, { forms: { fr: "Beyrouth" } }], ["Tripoli", "طرابلس", 34.44, 35.83, { forms: { fr: "Tripoli" } }], ["Sidon", "صيدا", 33.56, 35.37, { forms: { fr: "Saïda" } }]),
  }),
  partner(3, {
    code: "JO", nameFr: "Jordanie", nameEn: "Jordan", region: "middle-east", languages: ["ar", "en"], style: "ar-en", culture: "ar", partnerWeight: 1.2, outgoingNationalityWeight: 0.2, domain: "edu.jo", calendar: "eu",
    departments: ["ARABIC"],
    cities: cities(["Amman", "عمّان", 31.95, 35.93], ["Irbid", "إربد", 32.56, 35.85], ["Zarqa", "الزرقاء", 32.07, 36.09]),
  }),
  partner(3, {
    code: "IL", nameFr: "Israël", nameEn: "Israel", region: "middle-east", languages: ["he", "en"], style: "he", culture: "he", partnerWeight: 1.5, outgoingNationalityWeight: 0.3, domain: "ac.il", calendar: "eu",
    departments: ["HEBREW", "ARABIC"],
    cities: cities(["Jerusalem", "ירושלים", 31.77, 35.21], ["Tel Aviv", "תל אביב", 32.09, 34.78], ["Haifa", "חיפה", 32.79, 34.99], ["Beersheba", "באר שבע", 31.25, 34.79]),
  }),
  partner(7, {
    code: "IR", nameFr: "Iran", nameEn: "Iran", region: "middle-east", languages: ["fa"], style: "fa", culture: "fa", partnerWeight: 1, outgoingNationalityWeight: 0.7, domain: "ac.ir", calendar: "eu",
    departments: ["EURASIA"],
    cities: cities(["Tehran", "تهران", 35.69, 51.39], ["Isfahan", "اصفهان", 32.65, 51.67], ["Shiraz", "شیراز", 29.59, 52.58], ["Tabriz", "تبریز", 38.08, 46.29], ["Mashhad", "مشهد", 36.3, 59.61]),
  }),

  // Asia.
  partner(5, {
    code: "CN", nameFr: "Chine", nameEn: "China", region: "east-asia", languages: ["zh"], style: "zh-hans", culture: "zh", partnerWeight: 8, outgoingNationalityWeight: 2, domain: "edu.cn", calendar: "cn",
    departments: ["CHINESE"],
    cities: cities(
      ["Beijing", "北京", 39.9, 116.41], ["Shanghai", "上海", 31.23, 121.47], ["Guangzhou", "广州", 23.13, 113.26], ["Nanjing", "南京", 32.06, 118.8],
      ["Wuhan", "武汉", 30.59, 114.31], ["Xi'an", "西安", 34.34, 108.94], ["Tianjin", "天津", 39.13, 117.2], ["Chengdu", "成都", 30.57, 104.07],
      ["Dalian", "大连", 38.91, 121.61], ["Hangzhou", "杭州", 30.27, 120.16], ["Xiamen", "厦门", 24.48, 118.09], ["Chongqing", "重庆", 29.56, 106.55], ["Changchun", "长春", 43.82, 125.32],
    ),
  }),
  partner(5, {
    code: "TW", nameFr: "Taïwan", nameEn: "Taiwan", region: "east-asia", languages: ["zh"], style: "zh-tw", culture: "zh", partnerWeight: 3, outgoingNationalityWeight: 0.2, domain: "edu.tw", calendar: "cn",
    departments: ["CHINESE"],
    cities: cities(["Taipei", "臺北", 25.03, 121.57], ["Taichung", "臺中", 24.15, 120.67], ["Kaohsiung", "高雄", 22.63, 120.3], ["Tainan", "臺南", 22.99, 120.21], ["Hsinchu", "新竹", 24.8, 120.97]),
  }),
  partner(5, {
    code: "HK", nameFr: "Hong Kong", nameEn: "Hong Kong", region: "east-asia", languages: ["zh", "en"], style: "zh-hk", culture: "zh", partnerWeight: 1.5, outgoingNationalityWeight: 0.1, domain: "edu.hk", calendar: "cn",
    departments: ["CHINESE"],
    cities: cities(["Hong Kong", "香港", 22.32, 114.17]),
  }),
  partner(5, {
    code: "SG", nameFr: "Singapour", nameEn: "Singapore", region: "southeast-asia", languages: ["en", "zh", "ms"], style: "en-sg", culture: "zh", partnerWeight: 0.7, outgoingNationalityWeight: 0, domain: "edu.sg", calendar: "us",
    departments: ["CHINESE", "SOUTHEAST_ASIA"],
    cities: cities(["Singapore", "Singapore", 1.35, 103.82]),
  }),
  partner(5, {
    code: "JP", nameFr: "Japon", nameEn: "Japan", region: "east-asia", languages: ["ja"], style: "ja", culture: "ja", partnerWeight: 8, outgoingNationalityWeight: 0.7, domain: "ac.jp", calendar: "jp",
    departments: ["JAPANESE"],
    cities: cities(
      ["Tokyo", "東京", 35.68, 139.69], ["Osaka", "大阪", 34.69, 135.5], ["Kyoto", "京都", 35.01, 135.77], ["Nagoya", "名古屋", 35.18, 136.91], ["Fukuoka", "福岡", 33.59, 130.4],
      ["Sapporo", "札幌", 43.06, 141.35], ["Kobe", "神戸", 34.69, 135.2], ["Hiroshima", "広島", 34.39, 132.46], ["Sendai", "仙台", 38.27, 140.87], ["Yokohama", "横浜", 35.44, 139.64],
    ),
  }),
  partner(5, {
    code: "KR", nameFr: "Corée du Sud", nameEn: "South Korea", region: "east-asia", languages: ["ko"], style: "ko", culture: "ko", partnerWeight: 6, outgoingNationalityWeight: 1, domain: "ac.kr", calendar: "kr",
    departments: ["KOREAN"],
    cities: cities(["Seoul", "서울", 37.57, 126.98], ["Busan", "부산", 35.18, 129.08], ["Daegu", "대구", 35.87, 128.6], ["Incheon", "인천", 37.46, 126.71], ["Gwangju", "광주", 35.16, 126.85], ["Daejeon", "대전", 36.35, 127.38]),
  }),
  partner(5, {
    code: "MN", nameFr: "Mongolie", nameEn: "Mongolia", region: "east-asia", languages: ["mn"], style: "mn", culture: "mn", partnerWeight: 0.7, outgoingNationalityWeight: 0.1, domain: "edu.mn", calendar: "eu",
    departments: ["EURASIA"],
    cities: cities(["Ulaanbaatar", "Улаанбаатар", 47.89, 106.91]),
  }),
  partner(5, {
    code: "IN", nameFr: "Inde", nameEn: "India", region: "south-asia", languages: ["hi", "en"], style: "hi", culture: "hi", partnerWeight: 2.5, outgoingNationalityWeight: 0.3, domain: "ac.in", calendar: "in",
    departments: ["SOUTH_ASIA"],
    cities: cities(["New Delhi", "नई दिल्ली", 28.61, 77.21], ["Mumbai", "मुंबई", 19.08, 72.88], ["Kolkata", "कोलकाता", 22.57, 88.36], ["Pune", "पुणे", 18.52, 73.86], ["Hyderabad", "हैदराबाद", 17.39, 78.49], ["Varanasi", "वाराणसी", 25.32, 82.97], ["Chennai", "चेन्नई", 13.08, 80.27]),
  }),
  partner(5, {
    code: "NP", nameFr: "Népal", nameEn: "Nepal", region: "south-asia", languages: ["ne", "en"], style: "ne", culture: "hi", partnerWeight: 0.7, outgoingNationalityWeight: 0.05, domain: "edu.np", calendar: "in",
    departments: ["SOUTH_ASIA"],
    cities: cities(["Kathmandu", "काठमाडौं", 27.72, 85.32], ["Pokhara", "पोखरा", 28.21, 83.99]),
  }),
  partner(5, {
    code: "LK", nameFr: "Sri Lanka", nameEn: "Sri Lanka", region: "south-asia", languages: ["si", "ta", "en"], style: "si", culture: "hi", partnerWeight: 0.5, outgoingNationalityWeight: 0.05, domain: "ac.lk", calendar: "in",
    departments: ["SOUTH_ASIA"],
    cities: cities(["Colombo", "කොළඹ", 6.93, 79.86], ["Kandy", "මහනුවර", 7.29, 80.63]),
  }),
  partner(5, {
    code: "VN", nameFr: "Viêt Nam", nameEn: "Vietnam", region: "southeast-asia", languages: ["vi"], style: "vi", culture: "vi", partnerWeight: 2, outgoingNationalityWeight: 1, domain: "edu.vn", calendar: "eu",
    departments: ["SOUTHEAST_ASIA"],
    cities: cities(["Hanoi", "Hà Nội", 21.03, 105.85], ["Ho Chi Minh City", "Thành phố Hồ Chí Minh", 10.82, 106.63], ["Hue", "Huế", 16.46, 107.59], ["Da Nang", "Đà Nẵng", 16.05, 108.2]),
  }),
  partner(5, {
    code: "TH", nameFr: "Thaïlande", nameEn: "Thailand", region: "southeast-asia", languages: ["th"], style: "th", culture: "th", partnerWeight: 1.5, outgoingNationalityWeight: 0.1, domain: "ac.th", calendar: "eu",
    departments: ["SOUTHEAST_ASIA"],
    cities: cities(["Bangkok", "กรุงเทพ", 13.76, 100.5], ["Chiang Mai", "เชียงใหม่", 18.79, 98.98], ["Khon Kaen", "ขอนแก่น", 16.44, 102.84], ["Songkhla", "สงขลา", 7.19, 100.6]),
  }),
  partner(5, {
    code: "ID", nameFr: "Indonésie", nameEn: "Indonesia", region: "southeast-asia", languages: ["id"], style: "id", culture: "id", partnerWeight: 1.5, outgoingNationalityWeight: 0.1, domain: "ac.id", calendar: "eu",
    departments: ["SOUTHEAST_ASIA"],
    cities: cities(["Jakarta", "Jakarta", -6.21, 106.85], ["Yogyakarta", "Yogyakarta", -7.8, 110.36], ["Bandung", "Bandung", -6.92, 107.62], ["Surabaya", "Surabaya", -7.25, 112.75]),
  }),
  partner(5, {
    code: "MY", nameFr: "Malaisie", nameEn: "Malaysia", region: "southeast-asia", languages: ["ms", "en"], style: "ms", culture: "id", partnerWeight: 0.5, outgoingNationalityWeight: 0.05, domain: "edu.my", calendar: "eu",
    departments: ["SOUTHEAST_ASIA"],
    cities: cities(["Kuala Lumpur", "Kuala Lumpur", 3.14, 101.69], ["Penang", "Pulau Pinang", 5.41, 100.33], ["Johor Bahru", "Johor Bahru", 1.49, 103.74]),
  }),
  partner(5, {
    code: "KH", nameFr: "Cambodge", nameEn: "Cambodia", region: "southeast-asia", languages: ["km", "en"], style: "km", culture: "vi", partnerWeight: 0.7, outgoingNationalityWeight: 0.1, domain: "edu.kh", calendar: "eu",
    departments: ["SOUTHEAST_ASIA"],
    cities: cities(["Phnom Penh", "ភ្នំពេញ", 11.56, 104.93], ["Siem Reap", "សៀមរាប", 13.36, 103.86], ["Battambang", "បាត់ដំបង", 13.1, 103.2]),
  }),

  // Sub-Saharan Africa.
  partner(9, {
    code: "SN", nameFr: "Sénégal", nameEn: "Senegal", region: "sub-saharan-africa", languages: ["fr", "wo"], style: "fr", culture: "wo", partnerWeight: 1, outgoingNationalityWeight: 1, domain: "sn", calendar: "eu",
    departments: ["AFRICA"],
    cities: cities(["Dakar", "Dakar", 14.72, -17.47], ["Saint-Louis", "Saint-Louis", 16.03, -16.49], ["Ziguinchor", "Ziguinchor", 12.58, -16.27], ["Thiès", "Thiès", 14.79, -16.93]),
  }),
  partner(9, {
    code: "KE", nameFr: "Kenya", nameEn: "Kenya", region: "sub-saharan-africa", languages: ["en", "sw"], style: "sw", culture: "sw", partnerWeight: 0.8, outgoingNationalityWeight: 0.05, domain: "ac.ke", calendar: "eu",
    departments: ["AFRICA"],
    cities: cities(["Nairobi", "Nairobi", -1.29, 36.82], ["Mombasa", "Mombasa", -4.04, 39.67], ["Kisumu", "Kisumu", -0.09, 34.77], ["Eldoret", "Eldoret", 0.51, 35.27]),
  }),
  partner(9, {
    code: "TZ", nameFr: "Tanzanie", nameEn: "Tanzania", region: "sub-saharan-africa", languages: ["sw", "en"], style: "sw", culture: "sw", partnerWeight: 0.8, outgoingNationalityWeight: 0.05, domain: "ac.tz", calendar: "eu",
    departments: ["AFRICA"],
    cities: cities(["Dar es Salaam", "Dar es Salaam", -6.79, 39.21], ["Dodoma", "Dodoma", -6.16, 35.75], ["Arusha", "Arusha", -3.39, 36.68], ["Zanzibar", "Zanzibar", -6.17, 39.2]),
  }),
  partner(9, {
    code: "ET", nameFr: "Éthiopie", nameEn: "Ethiopia", region: "sub-saharan-africa", languages: ["am", "en"], style: "am", culture: "am", partnerWeight: 0.6, outgoingNationalityWeight: 0.05, domain: "edu.et", calendar: "eu",
    departments: ["AFRICA"],
    cities: cities(["Addis Ababa", "አዲስ አበባ", 9.03, 38.74], ["Bahir Dar", "ባሕር ዳር", 11.59, 37.39], ["Gondar", "ጎንደር", 12.6, 37.47], ["Mekelle", "መቀሌ", 13.5, 39.47]),
  }),
  partner(9, {
    code: "MG", nameFr: "Madagascar", nameEn: "Madagascar", region: "sub-saharan-africa", languages: ["mg", "fr"], style: "fr", culture: "mg", partnerWeight: 0.8, outgoingNationalityWeight: 0.7, domain: "mg", calendar: "eu",
    departments: ["AFRICA"],
    cities: cities(["Antananarivo", "Antananarivo", -18.88, 47.51], ["Toamasina", "Toamasina", -18.15, 49.4], ["Fianarantsoa", "Fianarantsoa", -21.45, 47.09], ["Mahajanga", "Mahajanga", -15.72, 46.32]),
  }),
  partner(9, {
    code: "ZA", nameFr: "Afrique du Sud", nameEn: "South Africa", region: "sub-saharan-africa", languages: ["en"], style: "en", culture: "en", partnerWeight: 0.5, outgoingNationalityWeight: 0, domain: "ac.za", calendar: "south",
    departments: ["AFRICA"],
    cities: cities(["Johannesburg", "Johannesburg", -26.2, 28.05], ["Cape Town", "Cape Town", -33.92, 18.42], ["Pretoria", "Pretoria", -25.75, 28.19], ["Durban", "Durban", -29.86, 31.02]),
  }),

  // The Americas.
  partner(10, {
    code: "MX", nameFr: "Mexique", nameEn: "Mexico", region: "latin-america", languages: ["es"], style: "es-la", culture: "es", partnerWeight: 1.2, outgoingNationalityWeight: 0.3, domain: "edu.mx", calendar: "us",
    departments: ["AMERICAS"],
    cities: cities(["Mexico City", "Ciudad de México", 19.43, -99.13], ["Guadalajara", "Guadalajara", 20.66, -103.35], ["Puebla", "Puebla", 19.04, -98.21], ["Oaxaca", "Oaxaca", 17.07, -96.73], ["Mérida", "Mérida", 20.97, -89.62]),
  }),
  partner(10, {
    code: "PE", nameFr: "Pérou", nameEn: "Peru", region: "latin-america", languages: ["es", "qu"], style: "es-la", culture: "es", partnerWeight: 1, outgoingNationalityWeight: 0.2, domain: "edu.pe", calendar: "south",
    departments: ["AMERICAS"],
    cities: cities(["Lima", "Lima", -12.05, -77.04], ["Cusco", "Cusco", -13.53, -71.97], ["Arequipa", "Arequipa", -16.41, -71.54], ["Ayacucho", "Ayacucho", -13.16, -74.22]),
  }),
  partner(10, {
    code: "BO", nameFr: "Bolivie", nameEn: "Bolivia", region: "latin-america", languages: ["es", "qu", "ay"], style: "es-la", culture: "es", partnerWeight: 0.5, outgoingNationalityWeight: 0.1, domain: "edu.bo", calendar: "south",
    departments: ["AMERICAS"],
    cities: cities(["La Paz", "La Paz", -16.5, -68.15], ["Cochabamba", "Cochabamba", -17.39, -66.16], ["Sucre", "Sucre", -19.04, -65.26]),
  }),
  partner(12, {
    code: "US", nameFr: "États-Unis", nameEn: "United States", region: "north-america", languages: ["en"], style: "en-us", culture: "en", partnerWeight: 2, outgoingNationalityWeight: 0.5, domain: "edu", calendar: "us",
    departments: ["AMERICAS", ...ASIA, "ARABIC", "SOUTH_ASIA", "AFRICA"],
    cities: cities(["Chicago", "Chicago", 41.88, -87.63, { programme: "CUPA" }], ["New York", "New York", 40.71, -74.01], ["Boston", "Boston", 42.36, -71.06], ["Seattle", "Seattle", 47.61, -122.33], ["Austin", "Austin", 30.27, -97.74], ["Berkeley", "Berkeley", 37.87, -122.27]),
  }),
  partner(12, {
    code: "CA", nameFr: "Canada", nameEn: "Canada", region: "north-america", languages: ["fr", "en"], style: "fr-qc", culture: "fr", partnerWeight: 1.5, outgoingNationalityWeight: 0.2, domain: "ca", calendar: "us",
    departments: ["AMERICAS", ...ASIA, "ARABIC"],
    cities: cities(
      ["Montreal", "Montréal", 45.5, -73.57, { programme: "PQEE" }], ["Quebec City", "Québec", 46.81, -71.21, { style: "fr", programme: "PQEE" }],
      ["Sherbrooke", "Sherbrooke", 45.4, -71.89, { programme: "PQEE" }], ["Trois-Rivières", "Trois-Rivières", 46.35, -72.55, { programme: "PQEE" }], ["Ottawa", "Ottawa", 45.42, -75.7, { style: "fr" }],
    ),
  }),
];

export const HOME_CITY = { name: "Paris", local: "Paris", lat: 48.85, lon: 2.35 } as const;
