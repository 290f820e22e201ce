import type { Component } from "vue";
import CourseGradesPage from "./academic/CourseGradesPage.vue";
import CoursesPage from "./academic/CoursesPage.vue";
import HomePage from "./home/HomePage.vue";
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
  student: ({ id }) => ({ component: StudentPage, props: { id }, key: `student-${id}` }),
  courses: () => ({ component: CoursesPage }),
  courseGrades: ({ id }) => ({ component: CourseGradesPage, props: { id }, key: `grades-${id}` }),
};
