/** Texts of the projects area (KA131, KA171). French first. */
export const projectsFr = {
  "nav.projects": "Projets",
  "projects.title": "Projets de mobilité",
  "projects.count": "{count} projets",
} as const;

export const projectsEn: Record<keyof typeof projectsFr, string> = {
  "nav.projects": "Projects",
  "projects.title": "Mobility projects",
  "projects.count": "{count} projects",
};
