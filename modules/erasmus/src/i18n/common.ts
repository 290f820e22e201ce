import { problemTextsEn, problemTextsFr } from "@orbis/ui/i18n";

/** Texts every page of the Erasmus+ module shares. French first. */
export const commonFr = {
  ...problemTextsFr,
  "nav.label": "Erasmus+",
  "nav.home": "Accueil",
  "home.title": "Erasmus+",
  "home.intro": "Projets de mobilité KA131 et KA171, bourses et paiements, rapport au Beneficiary Module.",
  "home.runningProjects": "{count} projets en cours",
  "notFound.title": "Page introuvable",
  "notFound.message": "L'adresse {path} ne correspond à aucune page Erasmus+.",
  "notFound.back": "Aller à l'accueil Erasmus+",
  "common.loading": "Chargement…",
  "common.retry": "Réessayer",
  "common.save": "Enregistrer",
  "common.cancel": "Annuler",
  "common.none": "Aucun",
  "validation.fixFields": "Corrigez les champs signalés.",
  "conflict.record": "Cet élément a été modifié par quelqu'un d'autre",
  "conflict.text": "Rechargez la version actuelle puis refaites votre modification.",
  "conflict.reload": "Recharger la version actuelle",
} as const;

export const commonEn: Record<keyof typeof commonFr, string> = {
  ...problemTextsEn,
  "nav.label": "Erasmus+",
  "nav.home": "Home",
  "home.title": "Erasmus+",
  "home.intro": "KA131 and KA171 mobility projects, grants and payments, Beneficiary Module reporting.",
  "home.runningProjects": "{count} running projects",
  "notFound.title": "Page not found",
  "notFound.message": "The address {path} matches no Erasmus+ page.",
  "notFound.back": "Go to the Erasmus+ home",
  "common.loading": "Loading…",
  "common.retry": "Retry",
  "common.save": "Save",
  "common.cancel": "Cancel",
  "common.none": "None",
  "validation.fixFields": "Please correct the highlighted fields.",
  "conflict.record": "This record was changed by someone else",
  "conflict.text": "Reload the current version, then make your change again.",
  "conflict.reload": "Reload the current version",
};
