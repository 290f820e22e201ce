import type { Mobility as DemoMobility } from "@orbis/demo-data";
import type { difficultyNotes } from "../db/schema/index";
import { came, type StudentInsert } from "./data";
import { at, addDays, earliest, pick, seedId, unit } from "./ids";

export type NoteInsert = typeof difficultyNotes.$inferInsert & { id: string };

const INTERRUPTION_NOTES = [
  "Rentrée anticipée pour raisons familiales ; le département a été prévenu et les notes obtenues seront transmises.",
  "Problèmes de santé : retour dans le pays d'origine avant la fin du séjour, après entretien avec le service de santé universitaire.",
  "Difficultés d'adaptation importantes malgré l'accompagnement ; l'étudiant·e a choisi d'interrompre le séjour.",
];
const NOTES = [
  "Difficultés de logement à l'arrivée : hébergement provisoire trouvé avec l'aide du CROUS.",
  "Retard de versement de la bourse du pays d'origine ; aide d'urgence demandée au service social.",
  "Absences répétées signalées par l'enseignant de langue ; rendez-vous pris avec le coordinateur.",
  "Titre de séjour en attente : récépissé de demande fourni, rendez-vous en préfecture à suivre.",
  "Isolement signalé par le référent de la résidence ; orientée vers le dispositif de parrainage étudiant.",
];

/** A share of the students who came: private notes are rare. */
const NOTED_SHARE = 0.04;

/**
 * A few private difficulty notes: one for every stay that was interrupted (the universe's interrupted mobilities,
 * departed before the planned date) and one for a small share of the others who came, written during the stay.
 */
export function noteRows(list: readonly StudentInsert[], mobilities: ReadonlyMap<string, DemoMobility>, today: string): NoteInsert[] {
  return list.flatMap((s): NoteInsert[] => {
    if (!came(s)) return [];
    const interrupted = mobilities.get(s.id)?.status === "interrupted";
    if (!interrupted && unit("difficulty", s.id) >= NOTED_SHARE) return [];
    const end = earliest(s.actualDeparture ?? s.plannedDeparture, today);
    const span = Math.max(1, (Date.parse(end) - Date.parse(s.actualArrival!)) / 86_400_000);
    const day = interrupted ? end : addDays(s.actualArrival!, Math.floor(unit("difficulty-day", s.id) * span));
    const written = at(day, 60);
    return [{ id: seedId("difficulty-note", s.id), studentId: s.id, text: interrupted ? pick(INTERRUPTION_NOTES, "interruption", s.id) : pick(NOTES, "difficulty-note", s.id), createdBy: "relations-internationales.accueil@orbis.test", createdAt: written, updatedAt: written }];
  });
}
