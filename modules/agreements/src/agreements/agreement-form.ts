import type { AgreementStatus, CreateAgreement, UpdateAgreement } from "@orbis/contracts/agreements";
import type { AgreementRecord } from "../api/agreements-api";

export interface PartnerChoice {
  id: string;
  name: string;
}

export interface SignatoryForm {
  side: "home" | "partner";
  name: string;
  role: string;
  /** yyyy-mm-dd or "". */
  signedOn: string;
}

/** The create/edit form as the user types it: years as text, lists as arrays. */
export interface AgreementForm {
  type: string;
  title: string;
  partners: PartnerChoice[];
  departments: string[];
  startYear: string;
  endYear: string;
  signatories: SignatoryForm[];
  notes: string;
}

export type FormErrors = Record<string, string>;

export const emptyAgreementForm = (): AgreementForm => ({
  type: "erasmus-iia",
  title: "",
  partners: [],
  departments: [],
  startYear: String(new Date().getFullYear()),
  endYear: String(new Date().getFullYear() + 4),
  signatories: [],
  notes: "",
});

export function agreementToForm(agreement: AgreementRecord): AgreementForm {
  return {
    type: agreement.type,
    title: agreement.title,
    partners: agreement.partners.map((p) => ({ id: p.id, name: p.name })),
    departments: [...agreement.departments],
    startYear: String(agreement.startYear),
    endYear: String(agreement.endYear),
    signatories: agreement.signatories.map((s) => ({ side: s.side, name: s.name, role: s.role, signedOn: s.signedOn ?? "" })),
    notes: agreement.notes,
  };
}

const YEAR = /^\d{4}$/;
const validYear = (value: string) => YEAR.test(value.trim()) && Number(value) >= 1990 && Number(value) <= 2100;

/** Client-side checks mirroring the contract (keys are the server's error paths), as message keys. */
export function checkAgreementForm(form: AgreementForm): Record<string, "form.required" | "form.yearInvalid" | "renewal.endBeforeStart"> {
  const errors: Record<string, "form.required" | "form.yearInvalid" | "renewal.endBeforeStart"> = {};
  if (!form.title.trim()) errors.title = "form.required";
  if (form.partners.length === 0) errors.partnerIds = "form.required";
  if (!validYear(form.startYear)) errors.startYear = "form.yearInvalid";
  if (!validYear(form.endYear)) errors.endYear = "form.yearInvalid";
  else if (validYear(form.startYear) && Number(form.endYear) < Number(form.startYear)) errors.endYear = "renewal.endBeforeStart";
  form.signatories.forEach((s, index) => {
    if (!s.name.trim()) errors[`signatories.${index}.name`] = "form.required";
  });
  return errors;
}

function formFields(form: AgreementForm) {
  return {
    type: form.type as CreateAgreement["type"],
    title: form.title.trim(),
    partnerIds: form.partners.map((p) => p.id),
    departments: form.departments,
    startYear: Number(form.startYear),
    endYear: Number(form.endYear),
    signatories: form.signatories.map((s) => ({ side: s.side, name: s.name.trim(), role: s.role.trim(), signedOn: s.signedOn || null })),
    notes: form.notes,
  };
}

export function formToCreate(form: AgreementForm): CreateAgreement {
  return { ...formFields(form), conditions: [] };
}

/** PATCH body: every form field (conditions are edited separately) with the version read. */
export function formToUpdate(form: AgreementForm, version: number): UpdateAgreement {
  return { ...formFields(form), version };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A three-way merge after a stale-version reload: fields the user edited (draft differs from where they started)
 * keep the user's value; the others take the fresh server value, so saving again does not undo the other change.
 */
export function rebaseForm<V extends object>(started: V, fresh: V, draft: V): V {
  const merged = { ...fresh };
  for (const key of Object.keys(draft) as (keyof V)[]) {
    if (!same(draft[key], started[key])) merged[key] = draft[key];
  }
  // A deep copy (forms hold JSON data only): the result is edited in place and must share no list with `fresh`.
  return JSON.parse(JSON.stringify(merged)) as V;
}

export function allowedTransitions(status: AgreementStatus, transitions: Record<AgreementStatus, AgreementStatus[]>): AgreementStatus[] {
  return transitions[status] ?? [];
}
