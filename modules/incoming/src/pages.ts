import type { Component } from "vue";
import ImportPage from "./admission/ImportPage.vue";
import NominationFormPage from "./admission/NominationFormPage.vue";
import PresencePage from "./followup/PresencePage.vue";
import FrenchTestSessionPage from "./french-tests/FrenchTestSessionPage.vue";
import FrenchTestsPage from "./french-tests/FrenchTestsPage.vue";
import CourseGradesPage from "./academic/CourseGradesPage.vue";
import CoursesPage from "./academic/CoursesPage.vue";
import HomePage from "./home/HomePage.vue";
import HousingPage from "./housing/HousingPage.vue";
import CohortPage from "./programmes/CohortPage.vue";
import ProgrammePage from "./programmes/ProgrammePage.vue";
import ProgrammesPage from "./programmes/ProgrammesPage.vue";
import StudentPage from "./students/StudentPage.vue";
import StudentsPage from "./students/StudentsPage.vue";
import type { Params, RouteName } from "./router/routes";

export interface PageView {
  component: Component;
  props?: Record<string, unknown>;
  /** A new key remounts the page (another student's page starts fresh). */
  key?: string;
}

/** The page component of each route; each area of the module adds its pages here. */
export const PAGES: Record<RouteName, (params: Params) => PageView> = {
  home: () => ({ component: HomePage }),
  students: () => ({ component: StudentsPage }),
  nominate: () => ({ component: NominationFormPage }),
  nominationImport: () => ({ component: ImportPage }),
  presence: () => ({ component: PresencePage }),
  student: ({ id }) => ({ component: StudentPage, props: { id }, key: `student-${id}` }),
  frenchTests: () => ({ component: FrenchTestsPage }),
  frenchTestSession: ({ id }) => ({ component: FrenchTestSessionPage, props: { id }, key: `french-test-${id}` }),
  housing: () => ({ component: HousingPage }),
  programmes: () => ({ component: ProgrammesPage }),
  programme: ({ id }) => ({ component: ProgrammePage, props: { id }, key: `programme-${id}` }),
  cohort: ({ id }) => ({ component: CohortPage, props: { id }, key: `cohort-${id}` }),
  courses: () => ({ component: CoursesPage }),
  courseGrades: ({ id }) => ({ component: CourseGradesPage, props: { id }, key: `grades-${id}` }),
};
