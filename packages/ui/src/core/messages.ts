import { createI18n } from "../i18n";
import { problemTextsEn, problemTextsFr } from "./problem-texts";

/** Built-in texts of the components; every one can be overridden through a prop. */
export const uiMessages = createI18n({
  fr: {
    loading: "Chargement…",
    retry: "Réessayer",
    close: "Fermer",
    cancel: "Annuler",
    dismiss: "Masquer le message",
    errorTitle: "Une erreur est survenue",
    empty: "Aucun résultat",
    pagination: "Pagination",
    previousPage: "Page précédente",
    nextPage: "Page suivante",
    pageN: "Page {page}",
    pageOf: "Page {page} sur {count}",
    sortBy: "Trier par {column}",
    required: "obligatoire",
    selectPlaceholder: "Choisir…",
    ...problemTextsFr,
    fixFields: "Corrigez les champs signalés.",
  },
  en: {
    loading: "Loading…",
    retry: "Try again",
    close: "Close",
    cancel: "Cancel",
    dismiss: "Dismiss message",
    errorTitle: "Something went wrong",
    empty: "No results",
    pagination: "Pagination",
    previousPage: "Previous page",
    nextPage: "Next page",
    pageN: "Page {page}",
    pageOf: "Page {page} of {count}",
    sortBy: "Sort by {column}",
    required: "required",
    selectPlaceholder: "Choose…",
    ...problemTextsEn,
    fixFields: "Please correct the highlighted fields.",
  },
});
