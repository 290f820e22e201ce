/** Identity and registry answer shapes the admin module validates responses with (from the shared contracts). */
export { AuditPage, DepartmentPage, DepartmentRecord, type CreateDepartment, type UpdateDepartment } from "@orbis/contracts/identity";
