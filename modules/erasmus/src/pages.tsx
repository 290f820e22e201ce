import type { ReactElement } from "react";
import { HomePage } from "./home/HomePage";
import { ProjectsPage } from "./projects/ProjectsPage";
import type { Params, RouteName } from "./router/routes";

/** The page component of each route; each area adds its pages here (one line per area). */
export const PAGES: Record<RouteName, (params: Params) => ReactElement> = {
  home: () => <HomePage />,
  ...{ projects: () => <ProjectsPage /> },
};
