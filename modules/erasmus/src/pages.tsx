import type { ReactElement } from "react";
import { HomePage } from "./home/HomePage";
import { ProjectsPage } from "./projects/ProjectsPage";
import { NewProjectPage } from "./projects/NewProjectPage";
import { ProjectPage } from "./projects/ProjectPage";
import { GrantPage } from "./grants/GrantPage";
import type { Params, RouteName } from "./router/routes";

/** The page component of each route; each area adds its pages here (one line per area). */
export const PAGES: Record<RouteName, (params: Params) => ReactElement> = {
  home: () => <HomePage />,
  ...{ projects: () => <ProjectsPage />, projectNew: () => <NewProjectPage />, project: ({ id }) => <ProjectPage key={id} id={id!} />, grant: ({ id }) => <GrantPage key={id} id={id!} /> },
};
