import type { ReactElement } from "react";
import { HomePage } from "./home/HomePage";
import { MissionPage, NewMissionPage } from "./missions/MissionPage";
import { MissionsPage } from "./missions/MissionsPage";
import type { Params, RouteName } from "./router/routes";

/** The page component of each route; each area of the module adds its pages here (one line each). */
export const PAGES: Record<RouteName, (params: Params) => ReactElement> = {
  home: () => <HomePage />,
  missions: () => <MissionsPage />,
  missionNew: () => <NewMissionPage />,
  mission: (p) => <MissionPage id={p.id!} />,
};
