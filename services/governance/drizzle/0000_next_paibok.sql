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
ALTER TABLE "governance"."scholarship_candidates" ADD CONSTRAINT "scholarship_candidates_call_id_scholarship_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "governance"."scholarship_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance"."scholarship_scores" ADD CONSTRAINT "scholarship_scores_candidate_id_scholarship_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "governance"."scholarship_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "governance"."audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "governance"."audit_log" USING btree ("at");--> statement-breakpoint
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