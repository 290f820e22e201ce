import { z } from "zod";
import { requestJson } from "@orbis/contracts/http";
import { Availability, PartnerPage } from "@orbis/contracts/agreements";
import {
  IncomingDocument,
  IncomingDocumentList,
  IncomingStudent,
  NominationImportResult,
  RegistrationChecklist,
  type AdmissionDecision,
  type CreateIncomingStudent,
  type RegistrationStepKey,
  type UpdateRegistrationStep,
} from "@orbis/contracts/incoming";
import { BASE } from "./incoming";
import { fileForm, sendBody } from "./upload";

const student = (id: string) => `${BASE}/students/${encodeURIComponent(id)}`;
/** The agreements list as the pickers need it (the summary carries more; the picker reads only these). */
const AgreementChoices = z.object({ items: z.array(z.object({ id: z.string(), reference: z.string(), title: z.string() })) });

/** Nominations, the application file, the decision and the acceptance letter. */
export const admissionApi = {
  create: (body: CreateIncomingStudent) => requestJson(IncomingStudent, `${BASE}/students`, { body }),
  importFile: (file: File, mode: "preview" | "all" | "valid-only") => sendBody(NominationImportResult, `${BASE}/students/import?mode=${mode}`, fileForm(file)),
  documents: (id: string, signal?: AbortSignal) => requestJson(IncomingDocumentList, `${student(id)}/documents`, { signal }),
  uploadDocument: (id: string, kind: string, file: File) => {
    const form = fileForm(file);
    form.append("kind", kind);
    return sendBody(IncomingDocument, `${student(id)}/documents`, form);
  },
  documentHref: (id: string, documentId: string) => `${student(id)}/documents/${encodeURIComponent(documentId)}`,
  completeFile: (id: string, version: number) => requestJson(IncomingStudent, `${student(id)}/file-complete`, { body: { version } }),
  decide: (id: string, body: AdmissionDecision) => requestJson(IncomingStudent, `${student(id)}/decision`, { body }),
  letterHref: (id: string, lang: "fr" | "en") => `${student(id)}/acceptance-letter?lang=${lang}`,
  partners: (q: string, signal?: AbortSignal) => requestJson(PartnerPage, "/api/agreements/partners", { query: { q, limit: 50 }, signal }),
  agreements: (partnerId: string, signal?: AbortSignal) => requestJson(AgreementChoices, "/api/agreements/agreements", { query: { partnerId, limit: 100 }, signal }),
  places: (agreementId: string, year: number, signal?: AbortSignal) => requestJson(z.array(Availability), `/api/agreements/agreements/${encodeURIComponent(agreementId)}/availability`, { query: { year }, signal }),
};

/** The enrolment checklist. */
export const registrationApi = {
  get: (id: string, signal?: AbortSignal) => requestJson(RegistrationChecklist, `${student(id)}/registration`, { signal }),
  setStep: (id: string, step: RegistrationStepKey, body: UpdateRegistrationStep) => requestJson(RegistrationChecklist, `${student(id)}/registration/${step}`, { method: "PUT", body }),
};
