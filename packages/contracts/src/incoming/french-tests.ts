import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import { IsoDate } from "./common";
import { StudentRef } from "./life-common";

/** Common European Framework of Reference levels, lowest first. */
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export const CefrLevel = z.enum(CEFR_LEVELS, { message: "A CEFR level: A1, A2, B1, B2, C1 or C2" });
export type CefrLevel = z.infer<typeof CefrLevel>;

/** The French-as-a-foreign-language course groups and the levels each takes in (data, not code). */
export const FRENCH_GROUPS = [
  { code: "FLE-DEB", labelFr: "FLE débutant", labelEn: "French beginners", levels: ["A1", "A2"] },
  { code: "FLE-INT", labelFr: "FLE intermédiaire", labelEn: "French intermediate", levels: ["B1"] },
  { code: "FLE-AV", labelFr: "FLE avancé", labelEn: "French advanced", levels: ["B2", "C1", "C2"] },
] as const satisfies ReadonlyArray<{ code: string; labelFr: string; labelEn: string; levels: readonly CefrLevel[] }>;
export type FrenchGroup = (typeof FRENCH_GROUPS)[number];

/** The course group a placement test result leads to. */
export function frenchGroupOf(level: CefrLevel): FrenchGroup {
  return FRENCH_GROUPS.find((g) => (g.levels as readonly CefrLevel[]).includes(level))!;
}

export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Time as HH:MM");

export const FrenchTestSessionInput = z.object({
  date: IsoDate,
  startTime: ClockTime,
  room: z.string().trim().min(1).max(100),
  capacity: z.number().int().min(1).max(500),
});
export type FrenchTestSessionInput = z.infer<typeof FrenchTestSessionInput>;
export const FrenchTestSessionUpdate = FrenchTestSessionInput.extend({ version: Version });
export type FrenchTestSessionUpdate = z.infer<typeof FrenchTestSessionUpdate>;

export const FrenchTestSession = FrenchTestSessionInput.extend({
  id: Id,
  version: Version,
  /** Registrations taken (seats left = capacity - registered). */
  registered: z.number().int().min(0),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type FrenchTestSession = z.infer<typeof FrenchTestSession>;
export const FrenchTestSessionList = z.array(FrenchTestSession);

export const FrenchTestRegistration = StudentRef.extend({
  id: Id,
  version: Version,
  sessionId: Id,
  /** The placement result, null until entered. */
  level: CefrLevel.nullable(),
  /** The course group derived from the level. */
  groupCode: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type FrenchTestRegistration = z.infer<typeof FrenchTestRegistration>;

/** A session and its registrations (coordinators see only their departments' students). */
export const FrenchTestSessionDetail = FrenchTestSession.extend({ registrations: z.array(FrenchTestRegistration) });
export type FrenchTestSessionDetail = z.infer<typeof FrenchTestSessionDetail>;

export const FrenchTestResultInput = z.object({ version: Version, level: CefrLevel });
export type FrenchTestResultInput = z.infer<typeof FrenchTestResultInput>;
