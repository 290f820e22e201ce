import { createI18n } from "@orbis/ui/i18n";

/** Texts of the error panel a module shows when its own rendering fails. */
export const moduleErrorText = createI18n({
  fr: { title: "Cette page n'a pas pu s'afficher", message: "Une erreur inattendue est survenue dans le module « {module} »." },
  en: { title: "This page could not be displayed", message: "An unexpected error occurred in the “{module}” module." },
});

export function reportModuleError(moduleName: string, error: unknown, detail?: string): void {
  console.error(`[orbis:${moduleName}] render failed`, error, detail ?? "");
}
