import type { ReactElement } from "react";
import { HomePage } from "./home/HomePage";
import { ProjectsPage } from "./projects/ProjectsPage";
import { NewProjectPage } from "./projects/NewProjectPage";
import { ProjectPage } from "./projects/ProjectPage";
import { GrantPage } from "./grants/GrantPage";
import { NewStaffMobilityPage } from "./staff/NewStaffMobilityPage";
import { StaffMobilitiesPage } from "./staff/StaffMobilitiesPage";
import { StaffMobilityPage } from "./staff/StaffMobilityPage";
import { CooperationPage } from "./cooperation/CooperationPage";
import { CooperationProjectPage } from "./cooperation/CooperationProjectPage";
import { EventsPage } from "./communication/EventsPage";
import { EventPage } from "./communication/EventPage";
import { InterviewsPage } from "./communication/InterviewsPage";
import type { Params, RouteName } from "./router/routes";

/** The page component of each route; each area adds its pages here (one line per area). */
export const PAGES: Record<RouteName, (params: Params) => ReactElement> = {
  home: () => <HomePage />,
  ...{ projects: () => <ProjectsPage />, projectNew: () => <NewProjectPage />, project: ({ id }) => <ProjectPage key={id} id={id!} />, grant: ({ id }) => <GrantPage key={id} id={id!} /> },
  ...{ staffMobilities: () => <StaffMobilitiesPage />, newStaffMobility: () => <NewStaffMobilityPage />, staffMobility: (p) => <StaffMobilityPage id={p.id!} /> },
  ...{ cooperation: () => <CooperationPage />, cooperationProject: (p) => <CooperationProjectPage id={p.id!} /> },
  ...{ events: () => <EventsPage />, event: (p) => <EventPage id={p.id!} />, interviews: () => <InterviewsPage /> },
};
