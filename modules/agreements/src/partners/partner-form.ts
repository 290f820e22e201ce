import type { CreatePartner, UpdatePartner } from "@orbis/contracts/agreements";
import type { PartnerRecord } from "../api/agreements-api";

export interface ContactForm {
  role: string;
  name: string;
  email: string;
  phone: string;
}

export interface PartnerForm {
  name: string;
  nameLatin: string;
  countryCode: string;
  city: string;
  erasmusCode: string;
  schacCode: string;
  website: string;
  /** One per line. */
  faculties: string;
  networks: string;
  contacts: ContactForm[];
}

export const emptyPartnerForm = (): PartnerForm => ({
  name: "",
  nameLatin: "",
  countryCode: "",
  city: "",
  erasmusCode: "",
  schacCode: "",
  website: "",
  faculties: "",
  networks: "",
  contacts: [],
});

export function partnerToForm(partner: PartnerRecord): PartnerForm {
  return {
    name: partner.name,
    nameLatin: partner.nameLatin,
    countryCode: partner.countryCode,
    city: partner.city,
    erasmusCode: partner.erasmusCode ?? "",
    schacCode: partner.schacCode ?? "",
    website: partner.website ?? "",
    faculties: partner.faculties.join("\n"),
    networks: partner.networks.join("\n"),
    contacts: partner.contacts.map((c) => ({ role: c.role, name: c.name, email: c.email ?? "", phone: c.phone ?? "" })),
  };
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** The body to send; an empty Latin-script name repeats the name (most partners write in Latin script). */
export function formToPartner(form: PartnerForm): CreatePartner {
  return {
    name: form.name.trim(),
    nameLatin: form.nameLatin.trim() || form.name.trim(),
    countryCode: form.countryCode,
    city: form.city.trim(),
    erasmusCode: orNull(form.erasmusCode),
    schacCode: orNull(form.schacCode),
    website: orNull(form.website),
    faculties: lines(form.faculties),
    networks: lines(form.networks),
    contacts: form.contacts.map((c) => ({ role: c.role.trim(), name: c.name.trim(), email: orNull(c.email), phone: orNull(c.phone) })),
  };
}

export function formToPartnerUpdate(form: PartnerForm, version: number): UpdatePartner {
  return { ...formToPartner(form), version };
}

export function checkPartnerForm(form: PartnerForm): Record<string, "form.required"> {
  const errors: Record<string, "form.required"> = {};
  if (!form.name.trim()) errors.name = "form.required";
  if (!form.countryCode) errors.countryCode = "form.required";
  if (!form.city.trim()) errors.city = "form.required";
  form.contacts.forEach((c, index) => {
    if (!c.role.trim()) errors[`contacts.${index}.role`] = "form.required";
  });
  return errors;
}
