import type { ReactElement } from "react";
import { CommissionPage } from "./commission/CommissionPage";
import { MeetingPage } from "./commission/MeetingPage";
import { DelegationsPage } from "./delegations/DelegationsPage";
import { HomePage } from "./home/HomePage";
import { LabelPage } from "./labels/LabelPage";
import { LabelsPage } from "./labels/LabelsPage";
import { MembershipPage } from "./memberships/MembershipPage";
import { MembershipsPage } from "./memberships/MembershipsPage";
import { NetworkMeetingPage } from "./network/NetworkMeetingPage";
import { NetworkPage } from "./network/NetworkPage";
import { ObjectivePage } from "./objectives/ObjectivePage";
import { ObjectivesPage } from "./objectives/ObjectivesPage";
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
  objectives: () => <ObjectivesPage />,
  objective: ({ id }) => <ObjectivePage key={id} id={id!} />,
  commission: () => <CommissionPage />,
  meeting: ({ id }) => <MeetingPage key={id} id={id!} />,
  network: () => <NetworkPage />,
  networkMeeting: ({ id }) => <NetworkMeetingPage key={id} id={id!} />,
  labels: () => <LabelsPage />,
  label: ({ id }) => <LabelPage key={id} id={id!} />,
  memberships: () => <MembershipsPage />,
  membership: ({ id }) => <MembershipPage key={id} id={id!} />,
  delegations: () => <DelegationsPage />,
  missions: () => <MissionsPage />,
  missionNew: () => <NewMissionPage />,
  mission: (p) => <MissionPage id={p.id!} />,
  rankings: () => <RankingsPage />,
  ranking: (p) => <RankingPage id={p.id!} />,
  programmes: () => <ProgrammesPage />,
  scholarships: () => <ScholarshipsPage />,
  equalOpportunity: () => <EqualOpportunityPage />,
};
