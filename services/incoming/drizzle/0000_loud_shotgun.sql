CREATE SCHEMA IF NOT EXISTS "incoming";
--> statement-breakpoint
CREATE TABLE "incoming"."audit_log" (
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
CREATE TABLE "incoming"."students" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'nominated' NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"nationality" text NOT NULL,
	"partner_id" uuid,
	"home_institution_name" text NOT NULL,
	"home_country" text NOT NULL,
	"agreement_id" uuid,
	"condition_id" uuid,
	"programme" text NOT NULL,
	"academic_year" smallint NOT NULL,
	"period" text NOT NULL,
	"department" text NOT NULL,
	"level" text NOT NULL,
	"eqf_level" smallint NOT NULL,
	"isced_code" text NOT NULL,
	"planned_arrival" date NOT NULL,
	"planned_departure" date NOT NULL,
	"actual_arrival" date,
	"actual_departure" date,
	"student_number" text,
	"search_text" text GENERATED ALWAYS AS (lower("incoming"."students"."last_name" || ' ' || "incoming"."students"."first_name" || ' ' || "incoming"."students"."email" || ' ' || coalesce("incoming"."students"."student_number", '') || ' ' || "incoming"."students"."home_institution_name")) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."admission_decisions" (
	"student_id" uuid PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."student_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
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
CREATE TABLE "incoming"."registration_steps" (
	"student_id" uuid NOT NULL,
	"step" text NOT NULL,
	"status" text NOT NULL,
	"date" date,
	"note" text,
	"document_id" uuid,
	CONSTRAINT "registration_steps_student_id_step_pk" PRIMARY KEY("student_id","step")
);
--> statement-breakpoint
CREATE TABLE "incoming"."student_numbers" (
	"student_number" text PRIMARY KEY NOT NULL,
	"student_id" uuid NOT NULL,
	CONSTRAINT "student_numbers_student_id_unique" UNIQUE("student_id")
);
--> statement-breakpoint
CREATE TABLE "incoming"."difficulty_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incoming"."admission_decisions" ADD CONSTRAINT "admission_decisions_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."student_documents" ADD CONSTRAINT "student_documents_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."registration_steps" ADD CONSTRAINT "registration_steps_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."registration_steps" ADD CONSTRAINT "registration_steps_document_id_student_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "incoming"."student_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."student_numbers" ADD CONSTRAINT "student_numbers_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."difficulty_notes" ADD CONSTRAINT "difficulty_notes_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "incoming"."audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "incoming"."audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "students_year_idx" ON "incoming"."students" USING btree ("academic_year","department");--> statement-breakpoint
CREATE INDEX "students_department_idx" ON "incoming"."students" USING btree ("department","status");--> statement-breakpoint
CREATE INDEX "students_status_idx" ON "incoming"."students" USING btree ("status","kind");--> statement-breakpoint
CREATE INDEX "students_partner_idx" ON "incoming"."students" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "students_agreement_idx" ON "incoming"."students" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "students_country_idx" ON "incoming"."students" USING btree ("home_country");--> statement-breakpoint
CREATE INDEX "students_number_idx" ON "incoming"."students" USING btree ("student_number");--> statement-breakpoint
CREATE INDEX "students_updated_idx" ON "incoming"."students" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "students_search_idx" ON "incoming"."students" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "student_documents_student_idx" ON "incoming"."student_documents" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "difficulty_notes_student_idx" ON "incoming"."difficulty_notes" USING btree ("student_id");