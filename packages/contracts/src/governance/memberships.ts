import { z } from "zod";
import { Cents, editOf, IsoDate, Label, LongText, pageOf, Paging, PolicyYear, QueryText, Versioned } from "./common";

const uuid = z.string().uuid();

export const MEMBERSHIP_KINDS = ["alliance", "network", "association", "forum"] as const;
export const MEMBERSHIP_STATUSES = ["active", "renewal-pending", "suspended", "ended"] as const;
export const MembershipStatus = z.enum(MEMBERSHIP_STATUSES);
export const CreateMembership = z.object({
  name: Label,
  /** The demo universe's network code when it is one of them (AUF, UNICA...). */
  code: z.string().trim().max(40).optional(),
  kind: z.enum(MEMBERSHIP_KINDS),
  memberSince: IsoDate,
  renewalOn: IsoDate.nullable().optional(),
  status: MembershipStatus.optional(),
  /** Who represents the university there. */
  representatives: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  notes: LongText.optional(),
});
export const UpdateMembership = editOf(CreateMembership);
export const Membership = z.object({
  id: uuid,
  name: z.string(),
  code: z.string(),
  kind: z.enum(MEMBERSHIP_KINDS),
  memberSince: z.string(),
  renewalOn: z.string().nullable(),
  status: MembershipStatus,
  representatives: z.array(z.string()),
  notes: z.string(),
  ...Versioned.shape,
});
export type Membership = z.infer<typeof Membership>;
export const MembershipPage = pageOf(Membership);
export const MembershipQuery = z.object({ kind: z.enum(MEMBERSHIP_KINDS).optional(), status: MembershipStatus.optional(), q: QueryText, ...Paging });

export const CreateMembershipFee = z.object({
  membershipId: uuid,
  year: PolicyYear,
  amountCents: Cents,
  paidOn: IsoDate.nullable().optional(),
  invoiceRef: z.string().trim().max(60).optional(),
});
export const UpdateMembershipFee = editOf(CreateMembershipFee.omit({ membershipId: true }));
export const MembershipFee = z.object({
  id: uuid,
  membershipId: uuid,
  year: z.number().int(),
  amountCents: z.number().int(),
  paidOn: z.string().nullable(),
  invoiceRef: z.string(),
  ...Versioned.shape,
});
export type MembershipFee = z.infer<typeof MembershipFee>;
export const MembershipFeePage = pageOf(MembershipFee);
export const MembershipFeeQuery = z.object({ membershipId: uuid.optional(), year: z.coerce.number().int().optional(), ...Paging });

export const CreateMembershipEvent = z.object({
  membershipId: uuid,
  title: Label,
  startsOn: IsoDate,
  location: Label.optional(),
  attendees: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  report: LongText.optional(),
});
export const UpdateMembershipEvent = editOf(CreateMembershipEvent.omit({ membershipId: true }));
export const MembershipEvent = z.object({
  id: uuid,
  membershipId: uuid,
  title: z.string(),
  startsOn: z.string(),
  location: z.string(),
  attendees: z.array(z.string()),
  report: z.string(),
  ...Versioned.shape,
});
export type MembershipEvent = z.infer<typeof MembershipEvent>;
export const MembershipEventPage = pageOf(MembershipEvent);
export const MembershipEventQuery = z.object({ membershipId: uuid.optional(), year: z.coerce.number().int().optional(), ...Paging });
