import type { Principal } from "@orbis/contracts/identity";
import type { IncomingStudent } from "@orbis/contracts/incoming";

export const officer: Principal = { sub: "u-incoming", kind: "user", email: "incoming@orbis.test", name: "Incoming officer", roles: ["incoming"], departments: [] };
export const coordinator: Principal = { sub: "u-coord", kind: "user", email: "coord@orbis.test", name: "Coordinator", roles: ["coordinator"], departments: ["CHINESE"] };

export const page = <T>(items: T[], total = items.length) => ({ items, total });

export const STUDENT_ID = "6f1c2a1e-7a55-4b7e-9d7a-0c1d2e3f4a5b";

export function student(overrides: Partial<IncomingStudent> = {}): IncomingStudent {
  return {
    id: STUDENT_ID,
    version: 1,
    kind: "exchange",
    status: "arrived",
    firstName: "Lena",
    lastName: "Wagner",
    email: "lena.wagner@uni-heidelberg.de",
    sex: "F",
    birthDate: "2003-04-12",
    nationality: "DE",
    partnerId: null,
    homeInstitutionName: "Universität Heidelberg",
    homeCountry: "DE",
    agreementId: null,
    conditionId: null,
    programme: "KA131",
    academicYear: 2026,
    period: "autumn",
    department: "CHINESE",
    level: "L3",
    eqfLevel: 6,
    iscedCode: "0231",
    plannedArrival: "2026-09-01",
    plannedDeparture: "2027-01-31",
    actualArrival: "2026-09-02",
    actualDeparture: null,
    studentNumber: "26001234",
    createdAt: "2026-05-01T10:00:00.000Z",
    updatedAt: "2026-05-01T10:00:00.000Z",
    ...overrides,
  };
}
