import type { CooperationPartner, CreateCooperationProject } from "@orbis/contracts/erasmus";

/** Euros as typed (comma or point) to cents; NaN when not a number, for the server to name the field. */
export const centsOf = (euros: string) => (euros.trim() === "" ? Number.NaN : Math.round(Number(euros.trim().replace(/\s/g, "").replace(",", ".")) * 100));

/** "Name; CC" lines to partners typed in (not from the agreements directory). */
export function partnersOf(text: string): CooperationPartner[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = "", country = ""] = line.split(";").map((part) => part.trim());
      return { partnerId: null, name, countryCode: country.toUpperCase(), role: "partner" as const };
    });
}

export const emptyCoopDraft = { action: "KA220-HED", callYear: String(new Date().getFullYear() + 1), acronym: "", title: "", leadInstitution: "", weLead: true, projectLeader: "", requested: "", share: "", submissionDeadline: "", partners: "" };
export type CoopDraft = typeof emptyCoopDraft;

export function coopBody(d: CoopDraft, institution: string): CreateCooperationProject {
  return {
    action: d.action as CreateCooperationProject["action"],
    callYear: Number(d.callYear),
    acronym: d.acronym,
    title: d.title,
    leadInstitution: d.weLead ? institution : d.leadInstitution,
    weLead: d.weLead,
    projectLeader: d.projectLeader,
    requestedCents: centsOf(d.requested),
    shareCents: d.share.trim() === "" ? 0 : centsOf(d.share),
    submissionDeadline: d.submissionDeadline,
    partners: partnersOf(d.partners),
  };
}

export const euros = (cents: number | null) => (cents === null ? "—" : `${(cents / 100).toLocaleString("fr-FR", { maximumFractionDigits: 0 })} €`);
