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
ALTER TABLE "erasmus"."project_amendments" ADD CONSTRAINT "project_amendments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "erasmus"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "erasmus"."audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "erasmus"."audit_log" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "project_amendments_number_idx" ON "erasmus"."project_amendments" USING btree ("project_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_gan_idx" ON "erasmus"."projects" USING btree ("grant_agreement_number");--> statement-breakpoint
CREATE INDEX "projects_year_idx" ON "erasmus"."projects" USING btree ("call_year","action");