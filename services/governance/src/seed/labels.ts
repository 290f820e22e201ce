import type { Db } from "@orbis/db";
import type { Universe } from "@orbis/demo-data";
import { labelAudits, labelCriteria, qualityLabels } from "../db/schema/index";
import { governanceIds } from "./universe";
import { insertNew } from "./write";

const LABELS = [
  {
    key: "bef",
    name: "Bienvenue en France",
    issuer: "Campus France",
    grantedOn: "2019-03-15",
    expiresOn: "2027-03-15",
    criteria: [
      ["A1", "Information des étudiants internationaux avant l'arrivée"],
      ["A2", "Guichet d'accueil et accompagnement administratif"],
      ["B1", "Offre de formation en français langue étrangère"],
      ["C1", "Logement et vie étudiante"],
      ["D1", "Suivi après le séjour et réseau des anciens"],
    ],
    audits: [["2019-02-20", "initial", "passed"], ["2023-03-01", "renewal", "passed-with-reservations"], ["2027-01-20", "renewal", "scheduled"]],
  },
  {
    key: "fle",
    name: "Label Qualité FLE",
    issuer: "France Éducation international",
    grantedOn: "2021-06-01",
    expiresOn: "2025-06-01",
    criteria: [
      ["1", "Accueil et information des apprenants"],
      ["2", "Qualification des enseignants de FLE"],
      ["3", "Évaluation et certification des niveaux"],
    ],
    audits: [["2021-05-10", "initial", "passed"], ["2023-05-15", "follow-up", "passed"]],
  },
] as const;

/** The university's two quality labels with their criteria and audits; one is due for renewal. */
export async function seedLabels(db: Db, universe: Universe): Promise<number> {
  const id = governanceIds(universe);
  const today = universe.referenceDate;
  const labels = [];
  const criteria: Array<Record<string, unknown>> = [];
  const audits = [];
  for (const l of LABELS) {
    const labelId = id("label", l.key);
    labels.push({ id: labelId, name: l.name, issuer: l.issuer, status: l.expiresOn < today ? "expired" : "granted", grantedOn: l.grantedOn, expiresOn: l.expiresOn, renewalNoticeDays: 180 });
    l.criteria.forEach(([code, text], i) =>
      criteria.push({ id: id("label-criterion", `${l.key}/${code}`), labelId, code, text, status: i === 2 && l.key === "bef" ? "partly-met" : "met", evidence: "Dossier de preuves déposé sur la plateforme du label." }),
    );
    for (const [auditOn, kind, outcome] of l.audits) {
      audits.push({ id: id("label-audit", `${l.key}/${auditOn}`), labelId, auditOn, kind, auditor: l.issuer, outcome: auditOn < today ? outcome : "scheduled" });
    }
  }
  return (await insertNew(db, qualityLabels, labels)) + (await insertNew(db, labelCriteria, criteria)) + (await insertNew(db, labelAudits, audits));
}
