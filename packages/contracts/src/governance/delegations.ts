import { z } from "zod";
import { CountryCode } from "../agreements";
import { editOf, IsoDate, Label, LongText, pageOf, Paging, QueryText, Versioned } from "./common";

const uuid = z.string().uuid();

export const DelegationDirection = z.enum(["incoming", "outgoing"]);
export const DELEGATION_STATUSES = ["planned", "confirmed", "done", "cancelled"] as const;
export const DelegationStatus = z.enum(DELEGATION_STATUSES);
export const DelegationParticipant = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(200),
  /** "home" for the university's people, "guest" for the other institution's. */
  side: z.enum(["home", "guest"]),
});
export const CreateDelegation = z.object({
  direction: DelegationDirection,
  institution: Label,
  countryCode: CountryCode,
  /** The partner in the agreements registry, when the institution is one (checked there). */
  partnerId: uuid.nullable().optional(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  status: DelegationStatus.optional(),
  /** The programme of the visit. */
  programme: LongText.optional(),
  participants: z.array(DelegationParticipant).max(100).optional(),
  followUp: LongText.optional(),
  /** Agreements the visit led to (checked in the agreements registry). */
  agreementIds: z.array(uuid).max(20).optional(),
});
export const UpdateDelegation = editOf(CreateDelegation);
export const Delegation = z.object({
  id: uuid,
  direction: DelegationDirection,
  institution: z.string(),
  countryCode: z.string(),
  partnerId: uuid.nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: DelegationStatus,
  programme: z.string(),
  participants: z.array(DelegationParticipant),
  followUp: z.string(),
  agreementIds: z.array(uuid),
  ...Versioned.shape,
});
export type Delegation = z.infer<typeof Delegation>;
export const DelegationPage = pageOf(Delegation);
export const DelegationQuery = z.object({
  direction: DelegationDirection.optional(),
  status: DelegationStatus.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  countryCode: z.string().length(2).optional(),
  q: QueryText,
  ...Paging,
});
