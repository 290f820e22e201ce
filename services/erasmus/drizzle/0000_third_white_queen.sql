CREATE SCHEMA IF NOT EXISTS "erasmus";
--> statement-breakpoint
CREATE TABLE "erasmus"."audit_log" (
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
CREATE TABLE "erasmus"."project_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"signed_on" date NOT NULL,
	"reason" text NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action" text NOT NULL,
	"call_year" smallint NOT NULL,
	"grant_agreement_number" text NOT NULL,
	"title" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"budget_individual_cents" bigint NOT NULL,
	"budget_travel_cents" bigint NOT NULL,
	"budget_inclusion_cents" bigint NOT NULL,
	"budget_organisational_cents" bigint NOT NULL,
	"partner_countries" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"amendment_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."rate_tables" (
	"call_year" smallint PRIMARY KEY NOT NULL,
	"rates" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."grant_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" text NOT NULL,
	"reason" text NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb,
	"total_cents" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"mobility_id" uuid NOT NULL,
	"project_id" uuid,
	"participant_name" text NOT NULL,
	"participant_ref" text NOT NULL,
	"department" text,
	"academic_year" smallint NOT NULL,
	"country_code" text NOT NULL,
	"host_name" text NOT NULL,
	"mobility_status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb,
	"problem" text,
	"total_cents" bigint DEFAULT 0 NOT NULL,
	"paid_cents" bigint DEFAULT 0 NOT NULL,
	"report_submitted" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."sync_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" text NOT NULL,
	"academic_year" smallint,
	"fetched" integer NOT NULL,
	"created" integer NOT NULL,
	"updated" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"paid_on" date NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"idempotency_key" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."staff_mobilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"academic_year" smallint NOT NULL,
	"project_id" uuid,
	"type" text NOT NULL,
	"staff_id" uuid,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"sex" text NOT NULL,
	"staff_category" text NOT NULL,
	"department" text,
	"fewer_opportunities" boolean DEFAULT false NOT NULL,
	"host_partner_id" uuid,
	"host_name" text NOT NULL,
	"host_erasmus_code" text,
	"host_country" text NOT NULL,
	"host_city" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"travel_days" smallint DEFAULT 0 NOT NULL,
	"distance_km" integer NOT NULL,
	"green_travel" boolean DEFAULT false NOT NULL,
	"teaching_hours" smallint,
	"programme" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"selection_score" smallint,
	"decision_comment" text,
	"decided_on" date,
	"agreement_signed_on" date,
	"report_submitted_on" date,
	"report" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."cooperation_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"label" text NOT NULL,
	"due_on" date NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."cooperation_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"attendees" text[] DEFAULT '{}' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."cooperation_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action" text NOT NULL,
	"call_year" smallint NOT NULL,
	"title" text NOT NULL,
	"acronym" text NOT NULL,
	"lead_institution" text NOT NULL,
	"we_lead" boolean DEFAULT false NOT NULL,
	"project_leader" text NOT NULL,
	"department" text,
	"partners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"requested_cents" bigint NOT NULL,
	"share_cents" bigint DEFAULT 0 NOT NULL,
	"granted_cents" bigint,
	"submission_deadline" date NOT NULL,
	"start_date" date,
	"end_date" date,
	"summary" text DEFAULT '' NOT NULL,
	"stage" text DEFAULT 'idea' NOT NULL,
	"stage_changed_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"participant_kind" text NOT NULL,
	"status" text NOT NULL,
	"attended" boolean DEFAULT false NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"place" text NOT NULL,
	"audience" text DEFAULT 'all' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"registration_open" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."interview_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"participant_kind" text NOT NULL,
	"topic" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"booked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasmus"."interview_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interviewer" text NOT NULL,
	"place" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "erasmus"."project_amendments" ADD CONSTRAINT "project_amendments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "erasmus"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."grant_history" ADD CONSTRAINT "grant_history_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "erasmus"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."grants" ADD CONSTRAINT "grants_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "erasmus"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."payments" ADD CONSTRAINT "payments_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "erasmus"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."cooperation_deadlines" ADD CONSTRAINT "cooperation_deadlines_project_id_cooperation_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "erasmus"."cooperation_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."cooperation_meetings" ADD CONSTRAINT "cooperation_meetings_project_id_cooperation_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "erasmus"."cooperation_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "erasmus"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."interview_bookings" ADD CONSTRAINT "interview_bookings_slot_id_interview_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "erasmus"."interview_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "erasmus"."audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "erasmus"."audit_log" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "project_amendments_number_idx" ON "erasmus"."project_amendments" USING btree ("project_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_gan_idx" ON "erasmus"."projects" USING btree ("grant_agreement_number");--> statement-breakpoint
CREATE INDEX "projects_year_idx" ON "erasmus"."projects" USING btree ("call_year","action");--> statement-breakpoint
CREATE INDEX "grant_history_grant_idx" ON "erasmus"."grant_history" USING btree ("grant_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "grants_mobility_idx" ON "erasmus"."grants" USING btree ("source","mobility_id");--> statement-breakpoint
CREATE INDEX "grants_project_idx" ON "erasmus"."grants" USING btree ("project_id","participant_name");--> statement-breakpoint
CREATE INDEX "grants_year_idx" ON "erasmus"."grants" USING btree ("academic_year");--> statement-breakpoint
CREATE INDEX "grants_name_idx" ON "erasmus"."grants" USING btree ("participant_name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_key_idx" ON "erasmus"."payments" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "payments_grant_idx" ON "erasmus"."payments" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "staff_mobilities_year_idx" ON "erasmus"."staff_mobilities" USING btree ("academic_year","start_date");--> statement-breakpoint
CREATE INDEX "staff_mobilities_updated_idx" ON "erasmus"."staff_mobilities" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "cooperation_deadlines_due_idx" ON "erasmus"."cooperation_deadlines" USING btree ("done","due_on");--> statement-breakpoint
CREATE INDEX "cooperation_deadlines_project_idx" ON "erasmus"."cooperation_deadlines" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "cooperation_meetings_project_idx" ON "erasmus"."cooperation_meetings" USING btree ("project_id","held_on");--> statement-breakpoint
CREATE INDEX "cooperation_projects_stage_idx" ON "erasmus"."cooperation_projects" USING btree ("stage","call_year");--> statement-breakpoint
CREATE INDEX "cooperation_projects_updated_idx" ON "erasmus"."cooperation_projects" USING btree ("updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_email_idx" ON "erasmus"."event_registrations" USING btree ("event_id","email");--> statement-breakpoint
CREATE INDEX "event_registrations_status_idx" ON "erasmus"."event_registrations" USING btree ("event_id","status","registered_at");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "erasmus"."events" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_bookings_slot_idx" ON "erasmus"."interview_bookings" USING btree ("slot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_slots_time_idx" ON "erasmus"."interview_slots" USING btree ("interviewer","starts_at");