CREATE SCHEMA IF NOT EXISTS "outgoing";
--> statement-breakpoint
CREATE TABLE "outgoing"."audit_log" (
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
CREATE TABLE "outgoing"."mobilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid,
	"student_number" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"department" text NOT NULL,
	"level" text NOT NULL,
	"sex" text NOT NULL,
	"nationality" text NOT NULL,
	"scholarship_holder" boolean DEFAULT false NOT NULL,
	"disability" boolean DEFAULT false NOT NULL,
	"fewer_opportunities" boolean DEFAULT false NOT NULL,
	"programme" text NOT NULL,
	"mobility_type" text NOT NULL,
	"academic_year" smallint NOT NULL,
	"agreement_id" uuid,
	"condition_id" uuid,
	"partner_id" uuid,
	"host_name" text NOT NULL,
	"host_country" text NOT NULL,
	"host_city" text DEFAULT '' NOT NULL,
	"eqf_level" smallint NOT NULL,
	"isced_code" text NOT NULL,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"actual_start" date,
	"actual_end" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"status_reason" text,
	"search_text" text GENERATED ALWAYS AS (lower("outgoing"."mobilities"."last_name" || ' ' || "outgoing"."mobilities"."first_name" || ' ' || "outgoing"."mobilities"."student_number" || ' ' || "outgoing"."mobilities"."host_name")) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."allocation_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"inputs_hash" text NOT NULL,
	"results" jsonb NOT NULL,
	"run_by" text NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outgoing"."application_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"student_number" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"department" text NOT NULL,
	"level" text NOT NULL,
	"sex" text NOT NULL,
	"nationality" text NOT NULL,
	"scholarship_holder" boolean DEFAULT false NOT NULL,
	"disability" boolean DEFAULT false NOT NULL,
	"fewer_opportunities" boolean DEFAULT false NOT NULL,
	"grade_average" double precision NOT NULL,
	"language_certificate" jsonb,
	"choices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"withdrawn_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."call_destinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"condition_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"partner_name" text NOT NULL,
	"partner_country" text NOT NULL,
	"partner_city" text DEFAULT '' NOT NULL,
	"partner_erasmus_code" text,
	"partner_schac" text,
	"mobility_type" text NOT NULL,
	"eqf_levels" jsonb NOT NULL,
	"isced_codes" jsonb NOT NULL,
	"places" integer NOT NULL,
	"departments" jsonb NOT NULL,
	"in_force" boolean DEFAULT true NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"academic_year" smallint NOT NULL,
	"programme" text NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"eligibility" jsonb NOT NULL,
	"required_documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"destination_id" uuid NOT NULL,
	"status" text DEFAULT 'nominated' NOT NULL,
	"withdrawn_reason" text,
	"decision" text,
	"decided_on" date,
	"decision_note" text,
	"mobility_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."rankings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"department" text NOT NULL,
	"entries" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."follow_up_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mobility_id" uuid NOT NULL,
	"step" text NOT NULL,
	"position" integer NOT NULL,
	"status" text DEFAULT 'todo' NOT NULL,
	"due_date" date,
	"done_on" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."follow_up_step_documents" (
	"step_id" uuid PRIMARY KEY NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."learning_agreement_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mobility_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"table_a" jsonb NOT NULL,
	"table_b" jsonb NOT NULL,
	"virtual_components" jsonb NOT NULL,
	"language" text NOT NULL,
	"cefr" text NOT NULL,
	"sending_contact" jsonb,
	"receiving_contact" jsonb,
	"student_signature" jsonb,
	"sending_signature" jsonb,
	"receiving_signature" jsonb,
	"review_comment" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."grade_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"partner_id" uuid,
	"country_code" text,
	"isced_code" text,
	"label" text NOT NULL,
	"rows" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."recognitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mobility_id" uuid NOT NULL,
	"scale" jsonb NOT NULL,
	"components" jsonb NOT NULL,
	"decided_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."aid_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"aid_id" uuid NOT NULL,
	"mobility_id" uuid NOT NULL,
	"months" smallint NOT NULL,
	"funded_months" smallint NOT NULL,
	"amount_cents" integer NOT NULL,
	"status" text DEFAULT 'awarded' NOT NULL,
	"paid_on" date,
	"cancel_reason" text,
	"eligibility" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing"."aids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"academic_year" smallint NOT NULL,
	"budget_cents" integer NOT NULL,
	"amount_type" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"max_funded_months" smallint NOT NULL,
	"rules" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outgoing"."allocation_runs" ADD CONSTRAINT "allocation_runs_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "outgoing"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."application_documents" ADD CONSTRAINT "application_documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "outgoing"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."applications" ADD CONSTRAINT "applications_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "outgoing"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."call_destinations" ADD CONSTRAINT "call_destinations_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "outgoing"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."nominations" ADD CONSTRAINT "nominations_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "outgoing"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."nominations" ADD CONSTRAINT "nominations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "outgoing"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."nominations" ADD CONSTRAINT "nominations_destination_id_call_destinations_id_fk" FOREIGN KEY ("destination_id") REFERENCES "outgoing"."call_destinations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."rankings" ADD CONSTRAINT "rankings_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "outgoing"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."follow_up_steps" ADD CONSTRAINT "follow_up_steps_mobility_id_mobilities_id_fk" FOREIGN KEY ("mobility_id") REFERENCES "outgoing"."mobilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."follow_up_step_documents" ADD CONSTRAINT "follow_up_step_documents_step_id_follow_up_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "outgoing"."follow_up_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."learning_agreement_revisions" ADD CONSTRAINT "learning_agreement_revisions_mobility_id_mobilities_id_fk" FOREIGN KEY ("mobility_id") REFERENCES "outgoing"."mobilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."recognitions" ADD CONSTRAINT "recognitions_mobility_id_mobilities_id_fk" FOREIGN KEY ("mobility_id") REFERENCES "outgoing"."mobilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."aid_awards" ADD CONSTRAINT "aid_awards_aid_id_aids_id_fk" FOREIGN KEY ("aid_id") REFERENCES "outgoing"."aids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing"."aid_awards" ADD CONSTRAINT "aid_awards_mobility_id_mobilities_id_fk" FOREIGN KEY ("mobility_id") REFERENCES "outgoing"."mobilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "outgoing"."audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "outgoing"."audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "mobilities_year_idx" ON "outgoing"."mobilities" USING btree ("academic_year","department");--> statement-breakpoint
CREATE INDEX "mobilities_student_idx" ON "outgoing"."mobilities" USING btree ("student_number");--> statement-breakpoint
CREATE INDEX "mobilities_department_idx" ON "outgoing"."mobilities" USING btree ("department","status");--> statement-breakpoint
CREATE INDEX "mobilities_partner_idx" ON "outgoing"."mobilities" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "mobilities_status_idx" ON "outgoing"."mobilities" USING btree ("status","programme");--> statement-breakpoint
CREATE INDEX "mobilities_country_idx" ON "outgoing"."mobilities" USING btree ("host_country");--> statement-breakpoint
CREATE INDEX "mobilities_updated_idx" ON "outgoing"."mobilities" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "mobilities_search_idx" ON "outgoing"."mobilities" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "allocation_runs_call_idx" ON "outgoing"."allocation_runs" USING btree ("call_id","run_at");--> statement-breakpoint
CREATE INDEX "application_documents_idx" ON "outgoing"."application_documents" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_student_unique" ON "outgoing"."applications" USING btree ("call_id","student_number");--> statement-breakpoint
CREATE INDEX "applications_department_idx" ON "outgoing"."applications" USING btree ("call_id","department");--> statement-breakpoint
CREATE UNIQUE INDEX "call_destinations_condition_unique" ON "outgoing"."call_destinations" USING btree ("call_id","condition_id");--> statement-breakpoint
CREATE INDEX "calls_year_idx" ON "outgoing"."calls" USING btree ("academic_year","programme");--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_application_unique" ON "outgoing"."nominations" USING btree ("application_id") WHERE status = 'nominated';--> statement-breakpoint
CREATE INDEX "nominations_call_idx" ON "outgoing"."nominations" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rankings_department_unique" ON "outgoing"."rankings" USING btree ("call_id","department");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_steps_mobility_step_uq" ON "outgoing"."follow_up_steps" USING btree ("mobility_id","step");--> statement-breakpoint
CREATE INDEX "follow_up_steps_late_idx" ON "outgoing"."follow_up_steps" USING btree ("status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "la_revisions_mobility_revision_uq" ON "outgoing"."learning_agreement_revisions" USING btree ("mobility_id","revision");--> statement-breakpoint
CREATE INDEX "la_revisions_status_idx" ON "outgoing"."learning_agreement_revisions" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "grade_tables_owner_idx" ON "outgoing"."grade_tables" USING btree ("kind",coalesce("partner_id"::text, ''),coalesce("country_code", ''),coalesce("isced_code", ''));--> statement-breakpoint
CREATE UNIQUE INDEX "recognitions_mobility_idx" ON "outgoing"."recognitions" USING btree ("mobility_id");--> statement-breakpoint
CREATE INDEX "recognitions_updated_idx" ON "outgoing"."recognitions" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "aid_awards_aid_idx" ON "outgoing"."aid_awards" USING btree ("aid_id","status");--> statement-breakpoint
CREATE INDEX "aid_awards_mobility_idx" ON "outgoing"."aid_awards" USING btree ("mobility_id");--> statement-breakpoint
CREATE INDEX "aids_year_idx" ON "outgoing"."aids" USING btree ("academic_year");