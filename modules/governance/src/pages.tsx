import type { ReactElement } from "react";
import { HomePage } from "./home/HomePage";
import { MissionPage, NewMissionPage } from "./missions/MissionPage";
import { MissionsPage } from "./missions/MissionsPage";
import { EqualOpportunityPage } from "./equal-opportunity/EqualOpportunityPage";
import { ProgrammesPage } from "./programmes/ProgrammesPage";
import { RankingPage } from "./rankings/RankingPage";
import { ScholarshipsPage } from "./scholarships/ScholarshipsPage";
import { RankingsPage } from "./rankings/RankingsPage";
import type { Params, RouteName } from "./router/routes";

/** The page component of each route; each area of the module adds its pages here (one line each). */
export const PAGES: Record<RouteName, (params: Params) => ReactElement> = {
  home: () => <HomePage />,
  missions: () => <MissionsPage />,
  missionNew: () => <NewMissionPage />,
  mission: (p) => <MissionPage id={p.id!} />,
  rankings: () => <RankingsPage />,
  ranking: (p) => <RankingPage id={p.id!} />,
  programmes: () => <ProgrammesPage />,
  scholarships: () => <ScholarshipsPage />,
  equalOpportunity: () => <EqualOpportunityPage />,
};
