import type { z } from "zod";
import {
  Agreement,
  AgreementDocument,
  AgreementPage,
  CountryBreakdown,
  Partner,
  PartnerPage,
  type AgreementStatus,
  type CreateAgreement,
  type CreatePartner,
  type UpdateAgreement,
  type UpdatePartner,
} from "@orbis/contracts/agreements";
import { requestJson } from "@orbis/contracts/http";
import { DepartmentPage } from "@orbis/contracts/identity";
import type { QueryParams } from "./list-query";
import { AgreementDiff, AgreementList, AvailabilityList, DocumentList, EwpImportReport, HistoryList, ImportReport } from "./schemas";
import { fileForm, sendBody } from "./upload";

export const BASE = "/api/agreements";
const id = (value: string) => encodeURIComponent(value);

export type ImportMode = "preview" | "all" | "valid-only";
export type ImportTarget = "partners" | "agreements";

/** The agreements service, called through the shell origin with the session cookie. */
export const agreementsApi = {
  listPartners: (query: QueryParams) => requestJson(PartnerPage, `${BASE}/partners`, { query }),
  getPartner: (partnerId: string) => requestJson(Partner, `${BASE}/partners/${id(partnerId)}`),
  createPartner: (body: CreatePartner) => requestJson(Partner, `${BASE}/partners`, { method: "POST", body }),
  updatePartner: (partnerId: string, body: UpdatePartner) => requestJson(Partner, `${BASE}/partners/${id(partnerId)}`, { method: "PATCH", body }),

  listAgreements: (query: QueryParams) => requestJson(AgreementPage, `${BASE}/agreements`, { query }),
  getAgreement: (agreementId: string) => requestJson(Agreement, `${BASE}/agreements/${id(agreementId)}`),
  createAgreement: (body: CreateAgreement) => requestJson(Agreement, `${BASE}/agreements`, { method: "POST", body }),
  updateAgreement: (agreementId: string, body: UpdateAgreement) =>
    requestJson(Agreement, `${BASE}/agreements/${id(agreementId)}`, { method: "PATCH", body }),
  changeStatus: (agreementId: string, body: { version: number; status: AgreementStatus; reason?: string }) =>
    requestJson(Agreement, `${BASE}/agreements/${id(agreementId)}/status`, { method: "POST", body }),
  renew: (agreementId: string, body: { version: number; startYear: number; endYear: number }) =>
    requestJson(Agreement, `${BASE}/agreements/${id(agreementId)}/renew`, { method: "POST", body }),
  expiring: (horizonMonths: number) => requestJson(AgreementList, `${BASE}/agreements/expiring`, { query: { horizonMonths, limit: 200 } }),
  history: (agreementId: string) => requestJson(HistoryList, `${BASE}/agreements/${id(agreementId)}/history`, { query: { limit: 200 } }),
  diff: (agreementId: string) => requestJson(AgreementDiff, `${BASE}/agreements/${id(agreementId)}/diff`),
  availability: (agreementId: string, year: number) =>
    requestJson(AvailabilityList, `${BASE}/agreements/${id(agreementId)}/availability`, { query: { year } }),
  countryStats: () => requestJson(CountryBreakdown, `${BASE}/stats/countries`),

  listDocuments: (agreementId: string) => requestJson(DocumentList, `${BASE}/agreements/${id(agreementId)}/documents`),
  uploadDocument: (agreementId: string, kind: string, file: File) =>
    sendBody(AgreementDocument, `${BASE}/agreements/${id(agreementId)}/documents?kind=${encodeURIComponent(kind)}`, fileForm(file)),
  documentHref: (documentId: string) => `${BASE}/documents/${id(documentId)}/content`,

  ewpHref: (agreementId: string) => `${BASE}/agreements/${id(agreementId)}/ewp`,
  importEwp: (xml: string) => sendBody(EwpImportReport, `${BASE}/ewp/import`, xml, "application/xml"),
  importTable: (target: ImportTarget, mode: ImportMode, file: File) =>
    sendBody(ImportReport, `${BASE}/import/${target}?mode=${mode}`, fileForm(file)),

  /** Every department (a university has far fewer than the page maximum), for filters and the form. */
  listDepartments: () => requestJson(DepartmentPage, "/api/identity/departments", { query: { limit: 1000 } }),
};

export type AgreementRecord = z.infer<typeof Agreement>;
export type PartnerRecord = z.infer<typeof Partner>;
