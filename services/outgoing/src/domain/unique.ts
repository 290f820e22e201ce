// Shared by every service: @orbis/db.
export { isUniqueViolation } from "@orbis/db";
