/** What the interface says about a failed call (keys are the ProblemKind of @orbis/contracts/problems); modules spread them into their catalogs. */
export const problemTextsFr = {
  "problem.title": "L'action a échoué",
  "problem.detail": "Détail : {detail}",
  "problem.network": "Le service ne répond pas. Vérifiez votre connexion puis réessayez.",
  "problem.unauthenticated": "Votre session a expiré. Reconnectez-vous.",
  "problem.forbidden": "Vous n'avez pas les droits nécessaires pour cette action.",
  "problem.notFound": "L'élément demandé n'existe pas ou plus.",
  "problem.stale": "L'élément a été modifié par quelqu'un d'autre entre-temps.",
  "problem.duplicate": "Un élément avec cet identifiant existe déjà.",
  "problem.validation": "Certaines informations sont invalides.",
  "problem.unprocessable": "Cette action n'est pas possible.",
  "problem.server": "Le service a rencontré une erreur. Réessayez dans un instant.",
  "problem.unexpected": "Une erreur inattendue est survenue.",
} as const;

export const problemTextsEn = {
  "problem.title": "The action failed",
  "problem.detail": "Details: {detail}",
  "problem.network": "The service does not answer. Check your connection and try again.",
  "problem.unauthenticated": "Your session has expired. Please sign in again.",
  "problem.forbidden": "You do not have the rights needed for this action.",
  "problem.notFound": "The requested item does not exist (any more).",
  "problem.stale": "Someone else changed this item in the meantime.",
  "problem.duplicate": "An item with this identifier already exists.",
  "problem.validation": "Some information is invalid.",
  "problem.unprocessable": "This action is not possible.",
  "problem.server": "The service ran into an error. Try again in a moment.",
  "problem.unexpected": "An unexpected error occurred.",
} as const;
