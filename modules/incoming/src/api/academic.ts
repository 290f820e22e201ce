import { z } from "zod";
import { requestJson } from "@orbis/contracts/http";
import {
  Course,
  CourseEnrolment,
  CoursePage,
  LearningAgreement,
  StudentCourse,
  Transcript,
  type AddStudentCourse,
  type CourseInput,
  type CourseQuery,
  type CourseUpdate,
  type DecideStudentCourse,
  type GradeEntry,
  type IssueTranscript,
  type RemoveStudentCourse,
  type TranscriptLanguage,
} from "@orbis/contracts/incoming";
import { BASE } from "./incoming";

const id = encodeURIComponent;

/** The course catalogue. */
export const coursesApi = {
  list: (query: Partial<CourseQuery>, signal?: AbortSignal) => requestJson(CoursePage, `${BASE}/courses`, { query: { ...query }, signal }),
  create: (body: CourseInput) => requestJson(Course, `${BASE}/courses`, { method: "POST", body }),
  update: (courseId: string, body: CourseUpdate) => requestJson(Course, `${BASE}/courses/${id(courseId)}`, { method: "PATCH", body }),
  get: (courseId: string, signal?: AbortSignal) => requestJson(Course, `${BASE}/courses/${id(courseId)}`, { signal }),
};

/** A student's learning agreement at the host. */
export const learningAgreementApi = {
  get: (studentId: string, signal?: AbortSignal) => requestJson(LearningAgreement, `${BASE}/students/${id(studentId)}/courses`, { signal }),
  add: (studentId: string, body: AddStudentCourse) => requestJson(StudentCourse, `${BASE}/students/${id(studentId)}/courses`, { method: "POST", body }),
  remove: (lineId: string, body: RemoveStudentCourse) => requestJson(StudentCourse, `${BASE}/student-courses/${id(lineId)}/removal`, { method: "POST", body }),
  decide: (lineId: string, body: DecideStudentCourse) => requestJson(StudentCourse, `${BASE}/student-courses/${id(lineId)}/decision`, { method: "POST", body }),
};

/** Grades of a course. */
export const gradesApi = {
  enrolments: (courseId: string, signal?: AbortSignal) => requestJson(z.array(CourseEnrolment), `${BASE}/courses/${id(courseId)}/enrolments`, { signal }),
  enter: (courseId: string, body: GradeEntry) => requestJson(z.array(CourseEnrolment), `${BASE}/courses/${id(courseId)}/grades`, { method: "PUT", body }),
};

/** Transcripts of Records: versions, issue, and the files (PDF per language, EWP XML). */
export const transcriptsApi = {
  list: (studentId: string, signal?: AbortSignal) => requestJson(z.array(Transcript), `${BASE}/students/${id(studentId)}/transcripts`, { signal }),
  issue: (studentId: string, body: IssueTranscript) => requestJson(Transcript, `${BASE}/students/${id(studentId)}/transcripts`, { method: "POST", body }),
  pdfHref: (studentId: string, version: number, lang: TranscriptLanguage) => `${BASE}/students/${id(studentId)}/transcripts/${version}/pdf?lang=${lang}`,
  ewpHref: (studentId: string, version: number) => `${BASE}/students/${id(studentId)}/transcripts/${version}/ewp`,
};
