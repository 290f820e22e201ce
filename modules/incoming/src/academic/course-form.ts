import type { Course, CourseInput } from "@orbis/contracts/incoming";

/** The course editor's fields as the inputs hold them (text), and the body they become. */
export interface CourseForm {
  code: string;
  titleFr: string;
  titleEn: string;
  titleEs: string;
  department: string;
  semester: string;
  credits: string;
  iscedCode: string;
  level: string;
}

export const emptyCourseForm = (department = ""): CourseForm => ({
  code: "",
  titleFr: "",
  titleEn: "",
  titleEs: "",
  department,
  semester: "S1",
  credits: "",
  iscedCode: "",
  level: "L3",
});

export const courseFormOf = (c: Course): CourseForm => ({ ...c, titleEs: c.titleEs ?? "", credits: String(c.credits) });

/** Decimal commas accepted ("4,5"); an empty or unreadable number is sent as is for the service to name the field. */
export const numberOf = (text: string): number | string => {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() === "" || Number.isNaN(n) ? text : n;
};

export const courseBody = (f: CourseForm) =>
  ({ ...f, titleEs: f.titleEs.trim() || null, credits: numberOf(f.credits) }) as unknown as CourseInput;
