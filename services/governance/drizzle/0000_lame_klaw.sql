CREATE SCHEMA IF NOT EXISTS "governance";
--> statement-breakpoint
CREATE TABLE "governance"."audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"actor_kind" text NOT NULL,
	"request_id" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "governance"."documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."objective_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"objective_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"target" double precision NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."objective_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"objective_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"measured_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"axis" text DEFAULT '' NOT NULL,
	"indicator_key" text NOT NULL,
	"direction" text DEFAULT 'increase' NOT NULL,
	"start_year" smallint NOT NULL,
	"end_year" smallint NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"presenter" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"reference" text NOT NULL,
	"text" text NOT NULL,
	"outcome" text DEFAULT 'approved' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."follow_up_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"decision_id" uuid,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."network_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"attendance" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."label_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label_id" uuid NOT NULL,
	"audit_on" date NOT NULL,
	"kind" text NOT NULL,
	"auditor" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT 'scheduled' NOT NULL,
	"report" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."label_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label_id" uuid NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'not-assessed' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."quality_labels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"issuer" text NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'preparing' NOT NULL,
	"granted_on" date,
	"expires_on" date,
	"renewal_notice_days" smallint DEFAULT 180 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."membership_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"attendees" text[] DEFAULT '{}' NOT NULL,
	"report" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."membership_fees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"amount_cents" integer NOT NULL,
	"paid_on" date,
	"invoice_ref" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"code" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"member_since" date NOT NULL,
	"renewal_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"representatives" text[] DEFAULT '{}' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"direction" text NOT NULL,
	"institution" text NOT NULL,
	"country_code" text NOT NULL,
	"partner_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"programme" text DEFAULT '' NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"agreement_ids" uuid[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."mission_budgets" (
	"id" integer PRIMARY KEY NOT NULL,
	"envelope_cents" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."missions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_email" text NOT NULL,
	"requester_name" text NOT NULL,
	"department" text,
	"destination_city" text NOT NULL,
	"destination_country" text NOT NULL,
	"purpose" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"year" integer NOT NULL,
	"cost_lines" jsonb NOT NULL,
	"total_cents" bigint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"decision_note" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"reimbursed_cents" bigint,
	"reimbursed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."ranking_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme" text NOT NULL,
	"reference_year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"figures" jsonb NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"locked_by" text,
	"locked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"partner_names" jsonb NOT NULL,
	"partner_ids" jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"milestones" jsonb NOT NULL,
	"funding" jsonb NOT NULL,
	"participants" jsonb NOT NULL,
	"renewals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."scholarship_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"closes_on" date NOT NULL,
	"budget_cents" bigint NOT NULL,
	"award_cents" bigint NOT NULL,
	"criteria" jsonb NOT NULL,
	"committee" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."scholarship_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"nationality" text NOT NULL,
	"programme_of_study" text NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"awarded_cents" bigint DEFAULT 0 NOT NULL,
	"payments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."scholarship_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"member" text NOT NULL,
	"marks" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."equality_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dimension" text NOT NULL,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."equality_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dimension" text NOT NULL,
	"indicator_key" text NOT NULL,
	"year" integer NOT NULL,
	"target_value" double precision NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance"."objective_targets" ADD CONSTRAINT "objective_targets_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "governance"."objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."objective_values" ADD CONSTRAINT "objective_values_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "governance"."objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "governance"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."decisions" ADD CONSTRAINT "decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "governance"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."decisions" ADD CONSTRAINT "decisions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "governance"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."follow_up_actions" ADD CONSTRAINT "follow_up_actions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "governance"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."follow_up_actions" ADD CONSTRAINT "follow_up_actions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "governance"."decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."label_audits" ADD CONSTRAINT "label_audits_label_id_quality_labels_id_fk" FOREIGN KEY ("label_id") REFERENCES "governance"."quality_labels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."label_criteria" ADD CONSTRAINT "label_criteria_label_id_quality_labels_id_fk" FOREIGN KEY ("label_id") REFERENCES "governance"."quality_labels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."membership_events" ADD CONSTRAINT "membership_events_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "governance"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."membership_fees" ADD CONSTRAINT "membership_fees_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "governance"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."scholarship_candidates" ADD CONSTRAINT "scholarship_candidates_call_id_scholarship_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "governance"."scholarship_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."scholarship_scores" ADD CONSTRAINT "scholarship_scores_candidate_id_scholarship_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "governance"."scholarship_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "governance"."audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "governance"."audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "documents_owner_idx" ON "governance"."documents" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "objective_targets_year_uq" ON "governance"."objective_targets" USING btree ("objective_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "objective_values_year_uq" ON "governance"."objective_values" USING btree ("objective_id","year");--> statement-breakpoint
CREATE INDEX "objectives_status_idx" ON "governance"."objectives" USING btree ("status","start_year");--> statement-breakpoint
CREATE INDEX "objectives_indicator_idx" ON "governance"."objectives" USING btree ("indicator_key");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "governance"."agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "decisions_meeting_idx" ON "governance"."decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "follow_up_actions_due_idx" ON "governance"."follow_up_actions" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "follow_up_actions_meeting_idx" ON "governance"."follow_up_actions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_held_idx" ON "governance"."meetings" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "network_meetings_held_idx" ON "governance"."network_meetings" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "label_audits_label_idx" ON "governance"."label_audits" USING btree ("label_id","audit_on");--> statement-breakpoint
CREATE INDEX "label_criteria_label_idx" ON "governance"."label_criteria" USING btree ("label_id","code");--> statement-breakpoint
CREATE INDEX "quality_labels_expiry_idx" ON "governance"."quality_labels" USING btree ("status","expires_on");--> statement-breakpoint
CREATE INDEX "membership_events_idx" ON "governance"."membership_events" USING btree ("membership_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_fees_year_uq" ON "governance"."membership_fees" USING btree ("membership_id","year");--> statement-breakpoint
CREATE INDEX "memberships_status_idx" ON "governance"."memberships" USING btree ("status","renewal_on");--> statement-breakpoint
CREATE INDEX "delegations_starts_idx" ON "governance"."delegations" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "delegations_direction_idx" ON "governance"."delegations" USING btree ("direction","status");--> statement-breakpoint
CREATE INDEX "missions_year_status_idx" ON "governance"."missions" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "missions_requester_idx" ON "governance"."missions" USING btree ("requester_email");--> statement-breakpoint
CREATE INDEX "missions_department_idx" ON "governance"."missions" USING btree ("department");--> statement-breakpoint
CREATE INDEX "missions_start_idx" ON "governance"."missions" USING btree ("start_date" desc,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "ranking_exercises_scheme_year_idx" ON "governance"."ranking_exercises" USING btree ("scheme","reference_year");--> statement-breakpoint
CREATE INDEX "programmes_end_idx" ON "governance"."programmes" USING btree ("end_date");--> statement-breakpoint
CREATE INDEX "programmes_name_idx" ON "governance"."programmes" USING btree ("name");--> statement-breakpoint
CREATE INDEX "scholarship_candidates_call_idx" ON "governance"."scholarship_candidates" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scholarship_candidates_email_idx" ON "governance"."scholarship_candidates" USING btree ("call_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "scholarship_scores_member_idx" ON "governance"."scholarship_scores" USING btree ("candidate_id","member");--> statement-breakpoint
CREATE UNIQUE INDEX "equality_targets_key_year_idx" ON "governance"."equality_targets" USING btree ("indicator_key","year");