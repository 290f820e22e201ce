export { isUniqueViolation } from "@orbis/service-kit";
