import { HttpProblem } from "@orbis/service-kit";

/** A 400 naming one body field, as schema validation would. */
export const fieldProblem = (field: string, message: string) => new HttpProblem("validation", message, { errors: [{ path: `body.${field}`, message }] });
