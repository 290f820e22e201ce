import type { LocalizedName, ProgrammeCode } from "../types";

export const PROGRAMME_NAMES: Readonly<Record<ProgrammeCode, LocalizedName>> = {
  KA131: { fr: "Erasmus+ KA131 (pays du programme)", en: "Erasmus+ KA131 (programme countries)" },
  KA171: { fr: "Erasmus+ KA171 (mobilité internationale de crédits)", en: "Erasmus+ KA171 (international credit mobility)" },
  BILATERAL: { fr: "Accord bilatéral", en: "Bilateral agreement" },
  CUPA: { fr: "Programme CUPA (Chicago)", en: "CUPA programme (Chicago)" },
  PQEE: { fr: "Programme québécois d'échanges étudiants", en: "Quebec student exchange programme" },
  FLE_ASSISTANTS: { fr: "Assistants de langue française à l'étranger", en: "French language assistants abroad" },
  FREE_MOVER: { fr: "Free mover (hors accord)", en: "Free mover (no agreement)" },
};
