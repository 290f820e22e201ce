import type { Principal } from "@orbis/contracts/identity";

export const writer: Principal = { sub: "u-1", kind: "user", email: "a@orbis.test", name: "Agnès", roles: ["agreements"], departments: [] };
export const reader: Principal = { sub: "u-2", kind: "user", email: "l@orbis.test", name: "Léa", roles: ["leadership"], departments: [] };

const at = "2026-11-01T10:00:00.000Z";
export const PARTNER_ID = "6f1c1d9e-8a53-4c1e-9c55-1d2b3c4d5e6f";
export const AGREEMENT_ID = "0b6f3a2e-1c4d-4e5f-8a9b-0c1d2e3f4a5b";
export const CONDITION_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

export const partner = {
  id: PARTNER_ID,
  name: "Universität Leipzig",
  nameLatin: "Universität Leipzig",
  countryCode: "DE",
  city: "Leipzig",
  erasmusCode: "D  LEIPZIG01",
  schacCode: "uni-leipzig.de",
  website: "https://www.uni-leipzig.de",
  faculties: ["Philologie"],
  contacts: [{ role: "Erasmus", name: "Anna Schmidt", email: "anna@uni-leipzig.de", phone: null }],
  networks: ["Coimbra"],
  activeAgreements: 1,
  version: 3,
  createdAt: at,
  updatedAt: at,
};

export const agreement = {
  id: AGREEMENT_ID,
  reference: "AGR-2024-0001",
  type: "erasmus-iia" as const,
  title: "Erasmus+ Leipzig",
  status: "active" as const,
  partnerIds: [PARTNER_ID],
  partners: [{ id: PARTNER_ID, name: partner.name, nameLatin: partner.nameLatin, countryCode: "DE", erasmusCode: partner.erasmusCode }],
  departments: ["CEE"],
  startYear: 2024,
  endYear: 2027,
  signatories: [{ side: "home" as const, name: "Jeanne Dupont", role: "Présidente", signedOn: "2024-05-02" }],
  notes: "Renouveler en 2027.",
  conditions: [
    {
      id: CONDITION_ID,
      direction: "sending" as const,
      mobilityType: "student-studies" as const,
      places: 4,
      totalMonths: 36,
      iscedCodes: ["0231"],
      eqfLevels: [6, 7],
      languages: [{ language: "de", cefr: "B1" as const }],
      contacts: [],
    },
  ],
  previousId: null,
  nextId: null,
  version: 5,
  createdAt: at,
  updatedAt: at,
};

export const summary = (() => {
  const { conditions: _c, notes: _n, signatories: _s, ...rest } = agreement;
  return { ...rest, places: 4 };
})();

export const page = <T>(items: T[], total = items.length) => ({ items, total });
