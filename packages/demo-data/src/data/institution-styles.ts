/**
 * Patterns of institution names per language, used to compose plausible (not necessarily existing) institutions.
 * Placeholders: {local} city in the original script, {city} city in English, {de} French "de X"/"d'X" of the city's
 * French name (its local name in Latin-script styles), and inflected forms a city may carry: {adj} (adjective),
 * {loc} (locative phrase), {gen} (genitive).
 * A pattern is only used for cities that have every form it needs. A pattern without placeholder names one
 * institution (used once per country).
 */
export interface NamePattern {
  local: string;
  en: string;
  /** Latin-script name when it is neither the original (Latin-script languages) nor the English one. */
  latin?: string;
}

export interface InstitutionStyle {
  /** True when the original names are written in Latin script (then nameLatin = name). */
  latinScript: boolean;
  patterns: readonly NamePattern[];
}

const arabicPatterns = (latin: "en" | "fr"): NamePattern[] => [
  { local: "جامعة {local}", en: "{city} University", ...(latin === "fr" ? { latin: "Université {de}" } : {}) },
  { local: "المعهد العالي للغات ب{local}", en: "{city} Higher Institute of Languages", ...(latin === "fr" ? { latin: "Institut supérieur des langues {de}" } : {}) },
  { local: "كلية الآداب والعلوم الإنسانية ب{local}", en: "{city} Faculty of Letters and Humanities", ...(latin === "fr" ? { latin: "Faculté des lettres et des sciences humaines {de}" } : {}) },
  { local: "الجامعة الدولية ب{local}", en: "International University of {city}", ...(latin === "fr" ? { latin: "Université internationale {de}" } : {}) },
];

export const INSTITUTION_STYLES: Record<string, InstitutionStyle> = {
  de: {
    latinScript: true,
    patterns: [
      { local: "Universität {local}", en: "University of {city}" },
      { local: "Technische Universität {local}", en: "Technical University of {city}" },
      { local: "Pädagogische Hochschule {local}", en: "University of Education {city}" },
      { local: "Hochschule für Sprachen und Kulturen {local}", en: "{city} University of Languages and Cultures" },
      { local: "Hochschule für Wirtschaft und Gesellschaft {local}", en: "{city} University of Economics and Society" },
    ],
  },
  fr: {
    latinScript: true,
    patterns: [
      { local: "Université {de}", en: "University of {city}" },
      { local: "Université catholique {de}", en: "Catholic University of {city}" },
      { local: "École normale supérieure {de}", en: "École normale supérieure of {city}" },
      { local: "Institut supérieur des langues {de}", en: "{city} Higher Institute of Languages" },
      { local: "Haute école {de}", en: "{city} University College" },
    ],
  },
  "fr-qc": {
    latinScript: true,
    patterns: [
      { local: "Université {de}", en: "University of {city}" },
      { local: "Université du Québec à {local}", en: "University of Quebec at {city}" },
      { local: "École des langues {de}", en: "{city} School of Languages" },
    ],
  },
  en: {
    latinScript: true,
    patterns: [
      { local: "University of {city}", en: "University of {city}" },
      { local: "{city} University", en: "{city} University" },
      { local: "{city} Metropolitan University", en: "{city} Metropolitan University" },
      { local: "{city} School of Oriental and World Languages", en: "{city} School of Oriental and World Languages" },
      { local: "{city} College of Arts and Humanities", en: "{city} College of Arts and Humanities" },
    ],
  },
  "en-us": {
    latinScript: true,
    patterns: [
      { local: "University of {city}", en: "University of {city}" },
      { local: "{city} State University", en: "{city} State University" },
      { local: "{city} College", en: "{city} College" },
      { local: "{city} Institute of International Studies", en: "{city} Institute of International Studies" },
      { local: "Northern {city} University", en: "Northern {city} University" },
    ],
  },
  "en-sg": {
    latinScript: true,
    patterns: [
      { local: "National University of {city}", en: "National University of {city}" },
      { local: "{city} Management University", en: "{city} Management University" },
      { local: "{city} University of Social Sciences", en: "{city} University of Social Sciences" },
      { local: "{city} Institute of Languages", en: "{city} Institute of Languages" },
    ],
  },
  es: {
    latinScript: true,
    patterns: [
      { local: "Universidad de {local}", en: "University of {city}" },
      { local: "Universidad Autónoma de {local}", en: "Autonomous University of {city}" },
      { local: "Universidad Politécnica de {local}", en: "Polytechnic University of {city}" },
      { local: "Universidad Pontificia de {local}", en: "Pontifical University of {city}" },
      { local: "Escuela Oficial de Idiomas de {local}", en: "{city} Official School of Languages" },
    ],
  },
  "es-la": {
    latinScript: true,
    patterns: [
      { local: "Universidad Nacional de {local}", en: "National University of {city}" },
      { local: "Universidad Autónoma de {local}", en: "Autonomous University of {city}" },
      { local: "Universidad Intercultural de {local}", en: "Intercultural University of {city}" },
      { local: "Pontificia Universidad Católica de {local}", en: "Pontifical Catholic University of {city}" },
      { local: "Universidad de {local}", en: "University of {city}" },
    ],
  },
  it: {
    latinScript: true,
    patterns: [
      { local: "Università degli Studi di {local}", en: "University of {city}" },
      { local: "Università per Stranieri di {local}", en: "University for Foreigners of {city}" },
      { local: "Istituto Universitario Orientale di {local}", en: "Oriental University Institute of {city}" },
      { local: "Politecnico di {local}", en: "Polytechnic University of {city}" },
      { local: "Università Cattolica di {local}", en: "Catholic University of {city}" },
    ],
  },
  pt: {
    latinScript: true,
    patterns: [
      { local: "Universidade de {local}", en: "University of {city}" },
      { local: "Universidade Nova de {local}", en: "New University of {city}" },
      { local: "Instituto Politécnico de {local}", en: "Polytechnic Institute of {city}" },
      { local: "Universidade Católica de {local}", en: "Catholic University of {city}" },
    ],
  },
  nl: {
    latinScript: true,
    patterns: [
      { local: "Universiteit {local}", en: "{city} University" },
      { local: "Hogeschool {local}", en: "{city} University of Applied Sciences" },
      { local: "Vrije Universiteit {local}", en: "Free University {city}" },
      { local: "Hogeschool voor Talen {local}", en: "{city} School of Languages" },
    ],
  },
  pl: {
    latinScript: true,
    patterns: [
      { local: "Uniwersytet {adj}", en: "University of {city}" },
      { local: "Uniwersytet Ekonomiczny {loc}", en: "{city} University of Economics" },
      { local: "Uniwersytet Pedagogiczny {loc}", en: "Pedagogical University of {city}" },
      { local: "Akademia Humanistyczna {loc}", en: "Academy of Humanities in {city}" },
    ],
  },
  cs: {
    latinScript: true,
    patterns: [
      { local: "Univerzita {local}", en: "University of {city}" },
      { local: "Vysoká škola ekonomická {loc}", en: "University of Economics in {city}" },
      { local: "Technická univerzita {loc}", en: "Technical University in {city}" },
      { local: "Pedagogická univerzita {loc}", en: "Pedagogical University in {city}" },
    ],
  },
  sk: {
    latinScript: true,
    patterns: [
      { local: "Ekonomická univerzita {loc}", en: "University of Economics in {city}" },
      { local: "Technická univerzita {loc}", en: "Technical University in {city}" },
      { local: "Pedagogická univerzita {loc}", en: "Pedagogical University in {city}" },
    ],
  },
  hu: {
    latinScript: true,
    patterns: [
      { local: "{adj} Tudományegyetem", en: "University of {city}" },
      { local: "{adj} Egyetem", en: "{city} University" },
      { local: "{adj} Műszaki Egyetem", en: "{city} University of Technology" },
      { local: "{adj} Gazdasági Egyetem", en: "{city} University of Economics" },
    ],
  },
  ro: {
    latinScript: true,
    patterns: [
      { local: "Universitatea din {local}", en: "University of {city}" },
      { local: "Universitatea Tehnică din {local}", en: "Technical University of {city}" },
      { local: "Academia de Studii Economice din {local}", en: "{city} University of Economic Studies" },
      { local: "Universitatea de Vest din {local}", en: "West University of {city}" },
    ],
  },
  bg: {
    latinScript: false,
    patterns: [
      { local: "{adj} университет", en: "University of {city}" },
      { local: "Технически университет – {local}", en: "Technical University of {city}" },
      { local: "Икономически университет – {local}", en: "University of Economics – {city}" },
    ],
  },
  sr: {
    latinScript: false,
    patterns: [
      { local: "Универзитет {loc}", en: "University of {city}" },
      { local: "Универзитет уметности {loc}", en: "University of Arts in {city}" },
      { local: "Технички универзитет {loc}", en: "Technical University of {city}" },
    ],
  },
  mk: {
    latinScript: false,
    patterns: [
      { local: "Државен универзитет {loc}", en: "State University of {city}" },
      { local: "Меѓународен универзитет {loc}", en: "International University of {city}" },
    ],
  },
  hr: {
    latinScript: true,
    patterns: [
      { local: "Sveučilište {loc}", en: "University of {city}" },
      { local: "Veleučilište {loc}", en: "{city} University of Applied Sciences" },
    ],
  },
  sl: {
    latinScript: true,
    patterns: [
      { local: "Univerza {loc}", en: "University of {city}" },
      { local: "Visoka šola za jezike {loc}", en: "{city} School of Languages" },
    ],
  },
  el: {
    latinScript: false,
    patterns: [
      { local: "Πανεπιστήμιο {gen}", en: "University of {city}" },
      { local: "Οικονομικό Πανεπιστήμιο {gen}", en: "{city} University of Economics and Business" },
      { local: "Πολυτεχνείο {gen}", en: "Polytechnic of {city}" },
    ],
  },
  sv: {
    latinScript: true,
    patterns: [
      { local: "{gen} universitet", en: "{city} University" },
      { local: "Högskolan i {local}", en: "University College of {city}" },
      { local: "{gen} tekniska högskola", en: "{city} Institute of Technology" },
    ],
  },
  da: {
    latinScript: true,
    patterns: [
      { local: "{gen} Universitet", en: "University of {city}" },
      { local: "Professionshøjskolen {local}", en: "{city} University College" },
    ],
  },
  no: {
    latinScript: true,
    patterns: [
      { local: "Universitetet i {local}", en: "University of {city}" },
      { local: "Høgskolen i {local}", en: "{city} University College" },
      { local: "Handelshøyskolen i {local}", en: "{city} School of Economics" },
    ],
  },
  fi: {
    latinScript: true,
    patterns: [
      { local: "{gen} yliopisto", en: "University of {city}" },
      { local: "{gen} ammattikorkeakoulu", en: "{city} University of Applied Sciences" },
      { local: "{gen} teknillinen yliopisto", en: "{city} University of Technology" },
    ],
  },
  et: {
    latinScript: true,
    patterns: [
      { local: "{gen} Ülikool", en: "University of {city}" },
      { local: "{gen} Tehnikaülikool", en: "{city} University of Technology" },
    ],
  },
  lv: {
    latinScript: true,
    patterns: [
      { local: "{gen} Universitāte", en: "University of {city}" },
      { local: "{gen} Tehniskā universitāte", en: "{city} Technical University" },
      { local: "{gen} Valodu akadēmija", en: "{city} Academy of Languages" },
    ],
  },
  lt: {
    latinScript: true,
    patterns: [
      { local: "{gen} universitetas", en: "{city} University" },
      { local: "{gen} technologijos universitetas", en: "{city} University of Technology" },
    ],
  },
  tr: {
    latinScript: true,
    patterns: [
      { local: "{local} Üniversitesi", en: "{city} University" },
      { local: "{local} Teknik Üniversitesi", en: "{city} Technical University" },
      { local: "{local} Medeniyet Üniversitesi", en: "{city} University of Civilization" },
      { local: "{local} Sosyal Bilimler Üniversitesi", en: "{city} Social Sciences University" },
    ],
  },
  "zh-hans": {
    latinScript: false,
    patterns: [
      { local: "{local}大学", en: "{city} University" },
      { local: "{local}外国语大学", en: "{city} International Studies University" },
      { local: "{local}师范大学", en: "{city} Normal University" },
      { local: "{local}语言文化大学", en: "{city} Language and Culture University" },
      { local: "{local}财经大学", en: "{city} University of Finance and Economics" },
    ],
  },
  "zh-tw": {
    latinScript: false,
    patterns: [
      { local: "國立{local}大學", en: "National {city} University" },
      { local: "國立{local}師範大學", en: "National {city} Normal University" },
      { local: "國立{local}教育大學", en: "National {city} University of Education" },
      { local: "{local}科技大學", en: "{city} University of Science and Technology" },
    ],
  },
  "zh-hk": {
    latinScript: false,
    patterns: [
      { local: "{local}大學", en: "The University of {city}" },
      { local: "{local}中文大學", en: "The Chinese University of {city}" },
      { local: "{local}教育大學", en: "The Education University of {city}" },
      { local: "{local}浸會大學", en: "{city} Baptist University" },
      { local: "{local}都會大學", en: "{city} Metropolitan University" },
    ],
  },
  ja: {
    latinScript: false,
    patterns: [
      { local: "{local}大学", en: "{city} University" },
      { local: "{local}外国語大学", en: "{city} University of Foreign Studies" },
      { local: "{local}女子大学", en: "{city} Women's University" },
      { local: "{local}国際大学", en: "{city} International University" },
      { local: "{local}学芸大学", en: "{city} Gakugei University" },
    ],
  },
  ko: {
    latinScript: false,
    patterns: [
      { local: "{local}대학교", en: "University of {city}" },
      { local: "{local}외국어대학교", en: "{city} University of Foreign Studies" },
      { local: "{local}여자대학교", en: "{city} Women's University" },
      { local: "국립{local}대학교", en: "{city} National University" },
      { local: "{local}교육대학교", en: "{city} National University of Education" },
    ],
  },
  hi: {
    latinScript: false,
    patterns: [
      { local: "{local} विश्वविद्यालय", en: "University of {city}" },
      { local: "{local} केंद्रीय विश्वविद्यालय", en: "Central University of {city}" },
      { local: "{local} भाषा संस्थान", en: "{city} Institute of Languages" },
    ],
  },
  ne: {
    latinScript: false,
    patterns: [
      { local: "{local} विश्वविद्यालय", en: "{city} University" },
      { local: "त्रिभुवन विश्वविद्यालय", en: "Tribhuvan University" },
    ],
  },
  si: {
    latinScript: false,
    patterns: [{ local: "{local} විශ්වවිද්‍යාලය", en: "University of {city}" }],
  },
  vi: {
    latinScript: true,
    patterns: [
      { local: "Đại học Quốc gia {local}", en: "Vietnam National University, {city}" },
      { local: "Trường Đại học Sư phạm {local}", en: "{city} University of Education" },
      { local: "Trường Đại học Ngoại ngữ {local}", en: "{city} University of Foreign Languages" },
      { local: "Trường Đại học Khoa học Xã hội và Nhân văn {local}", en: "{city} University of Social Sciences and Humanities" },
    ],
  },
  th: {
    latinScript: false,
    patterns: [
      { local: "มหาวิทยาลัย{local}", en: "{city} University" },
      { local: "มหาวิทยาลัยราชภัฏ{local}", en: "{city} Rajabhat University" },
    ],
  },
  id: {
    latinScript: true,
    patterns: [
      { local: "Universitas {local}", en: "University of {city}" },
      { local: "Universitas Negeri {local}", en: "{city} State University" },
      { local: "Universitas Islam Negeri {local}", en: "{city} State Islamic University" },
    ],
  },
  ms: {
    latinScript: true,
    patterns: [
      { local: "Universiti {local}", en: "University of {city}" },
      { local: "Universiti Teknologi {local}", en: "{city} University of Technology" },
    ],
  },
  km: {
    latinScript: false,
    patterns: [
      { local: "សាកលវិទ្យាល័យភូមិន្ទ{local}", en: "Royal University of {city}" },
      { local: "សាកលវិទ្យាល័យ{local}", en: "University of {city}" },
    ],
  },
  "ar-en": { latinScript: false, patterns: arabicPatterns("en") },
  "ar-fr": { latinScript: false, patterns: arabicPatterns("fr") },
  he: {
    latinScript: false,
    patterns: [
      { local: "אוניברסיטת {local}", en: "{city} University" },
      { local: "המכללה האקדמית {local}", en: "{city} Academic College" },
    ],
  },
  fa: {
    latinScript: false,
    patterns: [
      { local: "دانشگاه {local}", en: "University of {city}" },
      { local: "دانشگاه صنعتی {local}", en: "{city} University of Technology" },
      { local: "دانشگاه هنر {local}", en: "{city} University of Art" },
    ],
  },
  ru: {
    latinScript: false,
    patterns: [
      { local: "{adj} государственный университет", en: "{city} State University" },
      { local: "{adj} государственный лингвистический университет", en: "{city} State Linguistic University" },
      { local: "{adj} государственный педагогический университет", en: "{city} State Pedagogical University" },
      { local: "{adj} федеральный университет", en: "{city} Federal University" },
    ],
  },
  uk: {
    latinScript: false,
    patterns: [
      { local: "{adj} національний університет", en: "{city} National University" },
      { local: "{adj} національний лінгвістичний університет", en: "{city} National Linguistic University" },
      { local: "{adj} педагогічний університет", en: "{city} Pedagogical University" },
    ],
  },
  uz: {
    latinScript: true,
    patterns: [
      { local: "{local} davlat universiteti", en: "{city} State University" },
      { local: "{local} davlat sharqshunoslik universiteti", en: "{city} State University of Oriental Studies" },
      { local: "{local} davlat chet tillar instituti", en: "{city} State Institute of Foreign Languages" },
    ],
  },
  ka: {
    latinScript: false,
    patterns: [
      { local: "{local}ს სახელმწიფო უნივერსიტეტი", en: "{city} State University" },
      { local: "{local}ს თავისუფალი უნივერსიტეტი", en: "Free University of {city}" },
    ],
  },
  hy: {
    latinScript: false,
    patterns: [
      { local: "{gen} պետական համալսարան", en: "{city} State University" },
      { local: "{gen} պետական լեզվաբանական համալսարան", en: "{city} State Linguistic University" },
    ],
  },
  mn: {
    latinScript: false,
    patterns: [
      { local: "Монгол Улсын Их Сургууль", en: "National University of Mongolia" },
      { local: "Монгол Улсын Боловсролын Их Сургууль", en: "Mongolian National University of Education" },
      { local: "Хүмүүнлэгийн Ухааны Их Сургууль", en: "University of the Humanities" },
    ],
  },
  sw: {
    latinScript: true,
    patterns: [
      { local: "Chuo Kikuu cha {local}", en: "University of {city}" },
      { local: "Chuo Kikuu Huria cha {local}", en: "Open University of {city}" },
    ],
  },
  am: {
    latinScript: false,
    patterns: [{ local: "{local} ዩኒቨርሲቲ", en: "{city} University" }],
  },
};
