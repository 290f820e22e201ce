import { RANKING_FIGURES, type RankingExercise } from "@orbis/contracts/governance";
import { renderPdf } from "@orbis/documents";
import { toCsv, toXlsx } from "@orbis/documents/tables";

const TEXT = {
  fr: { figure: "Donnée", value: "Valeur", mode: "Origine", source: "Source", computed: "Calculée (Orbis)", entered: "Saisie", status: "Statut", title: "Données transmises aux classements", footer: "Orbis — relations internationales", page: "Page", reviewed: "Revue par", locked: "Verrouillée par" },
  en: { figure: "Figure", value: "Value", mode: "Origin", source: "Source", computed: "Computed (Orbis)", entered: "Entered", status: "Status", title: "Figures submitted to rankings", footer: "Orbis — international relations", page: "Page", reviewed: "Reviewed by", locked: "Locked by" },
} as const;

function rows(exercise: RankingExercise, lang: "fr" | "en") {
  const t = TEXT[lang];
  return exercise.figures.map((f) => ({
    figure: RANKING_FIGURES[f.key].label[lang],
    value: f.value,
    mode: f.mode === "computed" ? t.computed : t.entered,
    source: f.source ?? "",
  }));
}

/** One exercise's figures as the file sent with the submission: CSV, XLSX or a PDF for the signed record. */
export async function rankingFile(exercise: RankingExercise, format: "csv" | "xlsx" | "pdf", lang: "fr" | "en") {
  const t = TEXT[lang];
  const columns = [
    { key: "figure", header: t.figure },
    { key: "value", header: t.value },
    { key: "mode", header: t.mode },
    { key: "source", header: t.source },
  ];
  const data = rows(exercise, lang);
  if (format === "csv") return { body: toCsv(columns, data), type: "text/csv; charset=utf-8" };
  if (format === "xlsx") return { body: await toXlsx(columns, data, `${exercise.scheme} ${exercise.referenceYear}`), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
  const body = await renderPdf({
    title: `${t.title} — ${exercise.scheme} ${exercise.referenceYear}`,
    subtitle: `${t.status}: ${exercise.status}`,
    footer: t.footer,
    pageWord: t.page,
    language: lang,
    blocks: [
      { kind: "table", columns: [{ label: t.figure, width: 200 }, { label: t.value, width: 70, align: "right" }, { label: t.mode, width: 100 }, { label: t.source, width: 125 }], rows: data.map((r) => [r.figure, r.value === null ? "—" : String(r.value), r.mode, r.source]) },
      { kind: "fields", rows: [[t.reviewed, exercise.reviewedBy ?? "—"], [t.locked, exercise.lockedBy ?? "—"]] },
    ],
  });
  return { body, type: "application/pdf" };
}
