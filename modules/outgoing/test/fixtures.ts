import type { Principal } from "@orbis/contracts/identity";
import type { Mobility } from "@orbis/contracts/outgoing";

export const officer: Principal = { sub: "u-outgoing", kind: "user", email: "outgoing@orbis.test", name: "Outgoing officer", roles: ["outgoing"], departments: [] };
export const coordinator: Principal = { sub: "u-coord", kind: "user", email: "coord@orbis.test", name: "Coordinator", roles: ["coordinator"], departments: ["CHINESE"] };

export const page = <T,>(items: T[]) => ({ items, total: items.length });

export function mobility(overrides: Partial<Mobility> = {}): Mobility {
  return {
    id: "6f1c2a1e-7a55-4b7e-9d7a-0c1d2e3f4a5b",
    version: 1,
    applicationId: null,
    studentNumber: "21001234",
    firstName: "Camille",
    lastName: "Martin",
    email: "camille.martin@etu.orbis.test",
    department: "CHINESE",
    level: "L3",
    sex: "F",
    nationality: "FR",
    scholarshipHolder: true,
    disability: false,
    fewerOpportunities: false,
    programme: "KA131",
    mobilityType: "student-studies",
    academicYear: 2026,
    agreementId: null,
    conditionId: null,
    partnerId: null,
    hostName: "Universität Heidelberg",
    hostCountry: "DE",
    hostCity: "Heidelberg",
    eqfLevel: 6,
    iscedCode: "0231",
    plannedStart: "2026-09-01",
    plannedEnd: "2027-01-31",
    actualStart: null,
    actualEnd: null,
    status: "planned",
    statusReason: null,
    createdAt: "2026-05-01T10:00:00.000Z",
    updatedAt: "2026-05-01T10:00:00.000Z",
    ...overrides,
  };
}
