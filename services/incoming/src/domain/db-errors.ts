export { isUniqueViolation } from "@orbis/db";
