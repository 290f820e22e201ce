import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import { Cefr, LanguageCode } from "./common";

/** EWP omobility-las v1 reasons: the first three for deleted components, the others for inserted ones. */
export const DELETE_REASONS = ["not-available", "language-mismatch", "timetable-conflict"] as const;
export const INSERT_REASONS = ["substituting-deleted", "extending-mobility", "adding-virtual-component"] as const;
export const ChangeReason = z.enum([...DELETE_REASONS, ...INSERT_REASONS]);
export type ChangeReason = z.infer<typeof ChangeReason>;

/** On a change revision, what happens to the component compared with the approved agreement. */
export const ComponentChange = z.object({
  status: z.enum(["inserted", "deleted"]),
  reasonCode: ChangeReason.optional(),
  reasonText: z.string().trim().max(500).optional(),
});
export type ComponentChange = z.infer<typeof ComponentChange>;

export const SEMESTERS = ["S1", "S2", "year"] as const;
export const Semester = z.enum(SEMESTERS);

const Credits = z.number({ error: "Credits must be a number" }).positive("Credits must be more than 0").max(60).multipleOf(0.5, "Credits go by half points");

/** Table A: components studied at the receiving institution. */
export const ComponentStudied = z.object({
  code: z.string().trim().max(50).nullable().default(null),
  title: z.string().trim().min(1).max(300),
  semester: Semester,
  credits: Credits,
  change: ComponentChange.optional(),
});
/** Table B: home courses recognised in place of the components studied. */
export const ComponentRecognized = z.object({
  code: z.string().trim().min(1).max(50),
  title: z.string().trim().min(1).max(300),
  semester: Semester,
  credits: Credits,
  change: ComponentChange.optional(),
});
export const VirtualComponent = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(1000),
  credits: Credits.nullable().default(null),
  change: ComponentChange.optional(),
});
export type ComponentStudied = z.infer<typeof ComponentStudied>;
export type ComponentRecognized = z.infer<typeof ComponentRecognized>;
export type VirtualComponent = z.infer<typeof VirtualComponent>;

export const LanguageCompetence = z.object({ language: LanguageCode, cefr: Cefr });
export const ContactPerson = z.object({
  givenNames: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  email: z.string().trim().toLowerCase().email().max(254),
});
export type ContactPerson = z.infer<typeof ContactPerson>;

export const Signer = z.object({
  name: z.string().trim().min(1).max(200),
  position: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(254),
});
export const Signature = Signer.extend({ signedAt: IsoDateTime });
export type Signature = z.infer<typeof Signature>;

/** What the student and the coordinators edit on a draft (or rejected) revision. */
export const LearningAgreementContent = z.object({
  tableA: z.array(ComponentStudied).max(40),
  tableB: z.array(ComponentRecognized).max(40),
  virtualComponents: z.array(VirtualComponent).max(20).default([]),
  language: LanguageCompetence,
  /** Responsible persons at each institution (required by EWP to exchange the agreement). */
  sendingContact: ContactPerson.nullable().default(null),
  receivingContact: ContactPerson.nullable().default(null),
});
export type LearningAgreementContent = z.infer<typeof LearningAgreementContent>;
export const UpdateLearningAgreement = LearningAgreementContent.extend({ version: Version });

export const LA_STATUSES = ["draft", "submitted", "approved", "rejected"] as const;
export const LaStatus = z.enum(LA_STATUSES);
export type LaStatus = z.infer<typeof LaStatus>;

/** One revision: the first version, then one per change during the mobility. */
export const LaRevision = z.object({
  id: Id,
  mobilityId: Id,
  revision: z.number().int().min(1),
  kind: z.enum(["first-version", "changes"]),
  status: LaStatus,
  tableA: z.array(ComponentStudied),
  tableB: z.array(ComponentRecognized),
  virtualComponents: z.array(VirtualComponent),
  language: LanguageCompetence,
  sendingContact: ContactPerson.nullable(),
  receivingContact: ContactPerson.nullable(),
  studentSignature: Signature.nullable(),
  sendingSignature: Signature.nullable(),
  receivingSignature: Signature.nullable(),
  /** The reviewer's comment (required on rejection). */
  reviewComment: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: IsoDateTime.nullable(),
  submittedAt: IsoDateTime.nullable(),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type LaRevision = z.infer<typeof LaRevision>;

export const LearningAgreement = z.object({
  mobilityId: Id,
  /** The latest revision, null before the first one is written. */
  current: LaRevision.nullable(),
  /** Every revision, newest first. */
  revisions: z.array(LaRevision),
});
export type LearningAgreement = z.infer<typeof LearningAgreement>;

/** The student signs when the agreement is submitted. */
export const SubmitLearningAgreement = z.object({ version: Version, studentSignature: Signer });
/** The sending coordinator signs when approving. */
export const ApproveLearningAgreement = z.object({ version: Version, signer: Signer, comment: z.string().trim().max(2000).optional() });
export const RejectLearningAgreement = z.object({ version: Version, comment: z.string().trim().min(3, "Say why the agreement is rejected").max(2000) });
/** The receiving institution's signature, recorded by the team once the partner signed. */
export const ReceivingSignature = z.object({ version: Version, signer: Signer, signedAt: IsoDateTime });
export const RevisionParams = z.object({ id: Id });
