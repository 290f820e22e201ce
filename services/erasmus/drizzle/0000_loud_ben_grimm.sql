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
ALTER TABLE "erasmus"."project_amendments" ADD CONSTRAINT "project_amendments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "erasmus"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."grant_history" ADD CONSTRAINT "grant_history_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "erasmus"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."grants" ADD CONSTRAINT "grants_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "erasmus"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasmus"."payments" ADD CONSTRAINT "payments_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "erasmus"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "payments_grant_idx" ON "erasmus"."payments" USING btree ("grant_id");