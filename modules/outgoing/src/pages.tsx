import type { ReactElement } from "react";
import { CoordinatorOverviewPage } from "./followup/CoordinatorOverviewPage";
import { LateStepsPage } from "./followup/LateStepsPage";
import { HomePage } from "./home/HomePage";
import { MobilitiesPage } from "./mobilities/MobilitiesPage";
import { MobilityPage } from "./mobilities/MobilityPage";
import type { Params, RouteName } from "./router/routes";

/** The page component of each route; each area of the module adds its pages here. */
export const PAGES: Record<RouteName, (params: Params) => ReactElement> = {
  home: () => <HomePage />,
  mobilities: () => <MobilitiesPage />,
  mobility: ({ id }) => <MobilityPage key={id} id={id!} />,
  lateSteps: () => <LateStepsPage />,
  coordinator: () => <CoordinatorOverviewPage />,
};
