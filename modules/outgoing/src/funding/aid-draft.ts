import type { Aid, AidInput } from "@orbis/contracts/outgoing";
import { centsOf } from "../shared/format";

/** An aid as its editor holds it (euros typed as text). */
export interface AidDraft {
  kind: string;
  name: string;
  academicYear: string;
  budget: string;
  amountType: string;
  amount: string;
  maxFundedMonths: string;
  scholarshipHolderRequired: boolean;
  minMonths: string;
  maxMonths: string;
  programmes: string[];
  levels: string[];
}

const euros = (cents: number) => String(cents / 100).replace(".", ",");

export function aidDraftOf(aid: Aid | null, year: number): AidDraft {
  return {
    kind: aid?.kind ?? "ami",
    name: aid?.name ?? "",
    academicYear: String(aid?.academicYear ?? year),
    budget: aid ? euros(aid.budgetCents) : "",
    amountType: aid?.amountType ?? "monthly",
    amount: aid ? euros(aid.amountCents) : "",
    maxFundedMonths: String(aid?.maxFundedMonths ?? 9),
    scholarshipHolderRequired: aid?.rules.scholarshipHolderRequired ?? false,
    minMonths: String(aid?.rules.minMonths ?? 0),
    maxMonths: aid?.rules.maxMonths != null ? String(aid.rules.maxMonths) : "",
    programmes: [...(aid?.rules.programmes ?? [])],
    levels: [...(aid?.rules.levels ?? [])],
  };
}

const int = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** The body sent; the service judges every value and names the field at fault. */
export function aidInputOf(draft: AidDraft): AidInput {
  return {
    kind: draft.kind as AidInput["kind"],
    name: draft.name,
    academicYear: int(draft.academicYear),
    budgetCents: centsOf(draft.budget),
    amountType: draft.amountType as AidInput["amountType"],
    amountCents: centsOf(draft.amount),
    maxFundedMonths: int(draft.maxFundedMonths),
    rules: {
      scholarshipHolderRequired: draft.scholarshipHolderRequired,
      minMonths: int(draft.minMonths),
      maxMonths: draft.maxMonths.trim() === "" ? null : int(draft.maxMonths),
      programmes: draft.programmes as AidInput["rules"]["programmes"],
      levels: draft.levels as AidInput["rules"]["levels"],
    },
  };
}
