import { HttpProblem } from "@orbis/service-kit";
import { students } from "../db/schema/index";

/** The student columns a registration, request, allocation or participant carries into lists. */
export const studentRefColumns = {
  studentId: students.id,
  firstName: students.firstName,
  lastName: students.lastName,
  department: students.department,
};

/** 400 naming the one field at fault. */
export function invalidField(path: string, message: string): HttpProblem {
  return new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path, message }] });
}

/** Stamps as the contracts carry them. */
export const iso = (d: Date) => d.toISOString();
