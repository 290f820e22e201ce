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
CREATE INDEX "audit_log_entity_idx" ON "outgoing"."audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "outgoing"."audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "mobilities_year_idx" ON "outgoing"."mobilities" USING btree ("academic_year","department");--> statement-breakpoint
CREATE INDEX "mobilities_student_idx" ON "outgoing"."mobilities" USING btree ("student_number");--> statement-breakpoint
CREATE INDEX "mobilities_department_idx" ON "outgoing"."mobilities" USING btree ("department","status");--> statement-breakpoint
CREATE INDEX "mobilities_partner_idx" ON "outgoing"."mobilities" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "mobilities_status_idx" ON "outgoing"."mobilities" USING btree ("status","programme");--> statement-breakpoint
CREATE INDEX "mobilities_country_idx" ON "outgoing"."mobilities" USING btree ("host_country");--> statement-breakpoint
CREATE INDEX "mobilities_updated_idx" ON "outgoing"."mobilities" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "mobilities_search_idx" ON "outgoing"."mobilities" USING gin ("search_text" gin_trgm_ops);