import type { Network } from "../types";

/** Alliances (European Universities initiative) and networks partners may belong to. */
export const NETWORKS: readonly Network[] = [
  { code: "4EU_PLUS", name: "4EU+ Alliance", kind: "alliance" },
  { code: "ARQUS", name: "Arqus European University Alliance", kind: "alliance" },
  { code: "CIVIS", name: "CIVIS – A European Civic University", kind: "alliance" },
  { code: "CIRCLE_U", name: "Circle U.", kind: "alliance" },
  { code: "EUTOPIA", name: "EUTOPIA", kind: "alliance" },
  { code: "FORTHEM", name: "FORTHEM Alliance", kind: "alliance" },
  { code: "UNA_EUROPA", name: "Una Europa", kind: "alliance" },
  { code: "YUFE", name: "Young Universities for the Future of Europe", kind: "alliance" },
  { code: "AUF", name: "Agence universitaire de la Francophonie", kind: "network" },
  { code: "UNICA", name: "UNICA – Network of Universities from the Capitals of Europe", kind: "network" },
  { code: "COIMBRA", name: "Coimbra Group", kind: "network" },
  { code: "UTRECHT", name: "Utrecht Network", kind: "network" },
  { code: "ECAF", name: "European Consortium for Asian Field Study", kind: "network" },
  { code: "AELSN", name: "Asia-Europe Language Studies Network", kind: "network" },
];

export const ALLIANCE_CODES = NETWORKS.filter((n) => n.kind === "alliance").map((n) => n.code);
