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
import { AllocationPage } from "./selection/AllocationPage";
import { ApplicationFormPage } from "./selection/ApplicationFormPage";
import { ApplicationsPage } from "./selection/ApplicationsPage";
import { CallPage } from "./selection/CallPage";
import { CallsPage } from "./selection/CallsPage";
import { ImportPage } from "./selection/ImportPage";
import { NewCallPage } from "./selection/NewCallPage";
import { NominationsPage } from "./selection/NominationsPage";
import { RankingPage } from "./selection/RankingPage";

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
  calls: () => <CallsPage />,
  callNew: () => <NewCallPage />,
  call: ({ id }) => <CallPage key={id} id={id!} />,
  applications: ({ id }) => <ApplicationsPage key={id} callId={id!} />,
  applicationNew: ({ id }) => <ApplicationFormPage key={`${id}-new`} callId={id!} />,
  application: ({ id, applicationId }) => <ApplicationFormPage key={applicationId} callId={id!} applicationId={applicationId!} />,
  applicationImport: ({ id }) => <ImportPage key={id} callId={id!} />,
  ranking: ({ id, department }) => <RankingPage key={`${id}-${department}`} callId={id!} department={department!} />,
  allocation: ({ id }) => <AllocationPage key={id} callId={id!} />,
  nominations: ({ id }) => <NominationsPage key={id} callId={id!} />,
};
