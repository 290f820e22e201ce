import type { ReactElement } from "react";
import { CoordinatorOverviewPage } from "./followup/CoordinatorOverviewPage";
import { LateStepsPage } from "./followup/LateStepsPage";
import { AidsPage } from "./funding/AidsPage";
import { FundingPage } from "./funding/FundingPage";
import { HomePage } from "./home/HomePage";
import { MobilitiesPage } from "./mobilities/MobilitiesPage";
import { MobilityPage } from "./mobilities/MobilityPage";
import { GradeTablesPage } from "./recognition/GradeTablesPage";
import { RecognitionPage } from "./recognition/RecognitionPage";
import type { Params, RouteName } from "./router/routes";

/** The page component of each route; each area of the module adds its pages here. */
export const PAGES: Record<RouteName, (params: Params) => ReactElement> = {
  home: () => <HomePage />,
  mobilities: () => <MobilitiesPage />,
  mobility: ({ id }) => <MobilityPage key={id} id={id!} />,
  lateSteps: () => <LateStepsPage />,
  coordinator: () => <CoordinatorOverviewPage />,
  mobilityRecognition: ({ id }) => <RecognitionPage key={id} id={id!} />,
  mobilityFunding: ({ id }) => <FundingPage key={id} id={id!} />,
  gradeTables: () => <GradeTablesPage />,
  aids: () => <AidsPage />,
};
