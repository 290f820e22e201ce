import { describe, expect, it } from "vitest";
import { CreateAgreement, CreatePartner, Condition, UpdateAgreement } from "@orbis/contracts/agreements";
import { agreementToForm, checkAgreementForm, emptyAgreementForm, formToCreate, formToUpdate, rebaseForm } from "../src/agreements/agreement-form";
import { conditionToForm, emptyConditionForm, formToCondition } from "../src/agreements/condition-form";
import { checkPartnerForm, emptyPartnerForm, formToPartner, partnerToForm } from "../src/partners/partner-form";
import { agreement, partner } from "./fixtures";

describe("agreement form mapping", () => {
  it("round-trips an agreement into a PATCH body the contract accepts", () => {
    const body = formToUpdate(agreementToForm(agreement), agreement.version);
    expect(UpdateAgreement.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ version: 5, partnerIds: [agreement.partners[0]!.id], startYear: 2024, endYear: 2027, departments: ["CEE"] });
    expect(body.signatories).toEqual([{ side: "home", name: "Jeanne Dupont", role: "Présidente", signedOn: "2024-05-02" }]);
  });

  it("creates with no conditions and empty signature dates as null", () => {
    const form = { ...emptyAgreementForm(), title: " Accord ", partners: [{ id: partner.id, name: partner.name }], startYear: "2026", endYear: "2030" };
    form.signatories.push({ side: "partner", name: "Max", role: "", signedOn: "" });
    const body = formToCreate(form);
    expect(CreateAgreement.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ title: "Accord", conditions: [], signatories: [{ side: "partner", name: "Max", role: "", signedOn: null }] });
  });

  it("flags missing fields and years in the wrong order before sending", () => {
    const form = { ...emptyAgreementForm(), title: "", startYear: "2028", endYear: "2026" };
    expect(checkAgreementForm(form)).toEqual({ title: "form.required", partnerIds: "form.required", endYear: "renewal.endBeforeStart" });
    expect(checkAgreementForm({ ...form, startYear: "28" })).toMatchObject({ startYear: "form.yearInvalid" });
  });

  it("keeps the user's edits and takes the other fields from the fresh record after a stale save", () => {
    const started = agreementToForm(agreement);
    const draft = { ...started, title: "Mon nouveau titre" };
    const fresh = { ...started, notes: "Note de la collègue", title: agreement.title };
    expect(rebaseForm(started, fresh, draft)).toEqual({ ...started, title: "Mon nouveau titre", notes: "Note de la collègue" });
  });
});

describe("condition form mapping", () => {
  it("round-trips a condition", () => {
    const form = conditionToForm(agreement.conditions[0]!);
    expect(form).toMatchObject({ places: "4", totalMonths: "36", isced: "0231", eqf: ["6", "7"], languages: "de:B1" });
    const { condition, errors } = formToCondition(form);
    expect(errors).toEqual({});
    expect(condition).toEqual(agreement.conditions[0]);
  });

  it("parses lists typed by hand and validates against the contract", () => {
    const { condition } = formToCondition({ ...emptyConditionForm(), places: "2", totalMonths: "10,5", isced: "0231; 0222", eqf: ["7", "6"], languages: "FR : b2, en:C1" });
    expect(condition).toMatchObject({ places: 2, totalMonths: 10.5, iscedCodes: ["0231", "0222"], eqfLevels: [6, 7], languages: [{ language: "fr", cefr: "B2" }, { language: "en", cefr: "C1" }] });
    expect(Condition.safeParse(condition).success).toBe(true);
  });

  it("reports what does not parse, field by field", () => {
    const { condition, errors } = formToCondition({ ...emptyConditionForm(), places: "-1", isced: "abc", languages: "french" });
    expect(condition).toBeUndefined();
    expect(errors).toEqual({ places: "form.numberInvalid", iscedCodes: "conditions.iscedHint", languages: "conditions.languagesHint" });
  });
});

describe("partner form mapping", () => {
  it("round-trips a partner into a body the contract accepts", () => {
    const body = formToPartner(partnerToForm(partner));
    expect(CreatePartner.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ erasmusCode: "D  LEIPZIG01", faculties: ["Philologie"], networks: ["Coimbra"], contacts: [{ role: "Erasmus", email: "anna@uni-leipzig.de", phone: null }] });
  });

  it("sends empty optional codes as null and repeats the name as its Latin form when left empty", () => {
    const body = formToPartner({ ...emptyPartnerForm(), name: "Keio", countryCode: "JP", city: "Tokyo", faculties: "\n Law \n\n" });
    expect(body).toMatchObject({ nameLatin: "Keio", erasmusCode: null, schacCode: null, website: null, faculties: ["Law"] });
    expect(checkPartnerForm(emptyPartnerForm())).toEqual({ name: "form.required", countryCode: "form.required", city: "form.required" });
  });
});

describe("rebaseForm copies", () => {
  it("shares no list with the fresh record, so later in-place edits stay visible as edits", () => {
    const fresh = agreementToForm(agreement);
    const merged = rebaseForm(agreementToForm(agreement), fresh, agreementToForm(agreement));
    merged.signatories.push({ side: "partner", name: "X", role: "", signedOn: "" });
    expect(fresh.signatories).toHaveLength(1);
  });
});
