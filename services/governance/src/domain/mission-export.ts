import type { Mission } from "@orbis/contracts/governance";
import { toCsv, toXlsx } from "@orbis/documents/tables";

const COLUMNS = [
  { key: "requesterName", header: "Demandeur / Requester" },
  { key: "requesterEmail", header: "Courriel / Email" },
  { key: "department", header: "Composante / Department" },
  { key: "destinationCity", header: "Ville / City" },
  { key: "destinationCountry", header: "Pays / Country" },
  { key: "purpose", header: "Objet / Purpose" },
  { key: "startDate", header: "Début / Start" },
  { key: "endDate", header: "Fin / End" },
  { key: "status", header: "Statut / Status" },
  { key: "total", header: "Coût (€) / Cost (€)" },
  { key: "reimbursed", header: "Remboursé (€) / Reimbursed (€)" },
  { key: "reimbursedOn", header: "Remboursé le / Reimbursed on" },
] as const;

const euros = (cents: number | null) => (cents === null ? null : cents / 100);
const toRow = ({ costLines: _lines, ...m }: Mission) => ({ ...m, total: euros(m.totalCents), reimbursed: euros(m.reimbursedCents) });

/** The mission list as the finance office would share it: CSV (semicolon-safe) or one XLSX sheet. */
export async function missionsFile(items: Mission[], format: "csv" | "xlsx") {
  const rows = items.map(toRow);
  if (format === "csv") return { body: toCsv(COLUMNS, rows), type: "text/csv; charset=utf-8" };
  return { body: await toXlsx(COLUMNS, rows, "Missions"), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
}
