import type { admissionDecisions } from "../db/schema/index";
import { coordinatorOf, type StudentInsert } from "./data";
import { addDays, at, pick, unit } from "./ids";

export type DecisionInsert = typeof admissionDecisions.$inferInsert;

const REFUSAL_REASONS = [
  "Niveau de langue insuffisant pour suivre les enseignements du département",
  "Dossier incomplet à la date limite malgré les relances",
  "Enseignements demandés non ouverts aux étudiants en échange cette année",
  "Capacité d'accueil du département atteinte pour ce niveau",
  "Prérequis disciplinaires non remplis (parcours d'origine trop éloigné)",
];

/** Withdrawn students had often been admitted before they gave up (the others withdrew while their file was open). */
const ADMITTED_BEFORE_WITHDRAWAL = 0.6;

/**
 * The host department's decision, two to four months before the planned arrival: admission for every student who
 * went further, refusal with its reason for the refused ones, and an admission for most of those who later withdrew.
 */
export function decisionRows(list: readonly StudentInsert[]): DecisionInsert[] {
  return list.flatMap((s): DecisionInsert[] => {
    if (s.status === "nominated" || s.status === "applied") return [];
    if (s.status === "withdrawn" && unit("admitted-before", s.id) >= ADMITTED_BEFORE_WITHDRAWAL) return [];
    const refused = s.status === "refused";
    const day = addDays(s.plannedArrival, -60 - Math.floor(unit("decision-day", s.id) * 60));
    return [{ studentId: s.id, decision: refused ? "refuse" : "admit", reason: refused ? pick(REFUSAL_REASONS, "refusal", s.id) : null, decidedBy: coordinatorOf(s.department), decidedAt: at(day, Math.floor(unit("decision-minute", s.id) * 400)) }];
  });
}
