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
CREATE TABLE "incoming"."courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title_fr" text NOT NULL,
	"title_en" text NOT NULL,
	"title_es" text,
	"department" text NOT NULL,
	"semester" text NOT NULL,
	"credits" numeric(4, 1) NOT NULL,
	"isced_code" text NOT NULL,
	"level" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_credits_positive" CHECK ("incoming"."courses"."credits" > 0)
);
--> statement-breakpoint
CREATE TABLE "incoming"."student_course_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_course_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"course_code" text NOT NULL,
	"change" text NOT NULL,
	"on" date NOT NULL,
	"during_stay" boolean NOT NULL,
	"reason" text,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."student_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decision_comment" text,
	"decided_by" text,
	"removed_on" date,
	"removal_reason" text,
	"grade" numeric(4, 2),
	"result" text,
	"ects_obtained" numeric(4, 1),
	"ects_grade" text,
	"graded_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "student_courses_grade_range" CHECK ("incoming"."student_courses"."grade" is null or ("incoming"."student_courses"."grade" >= 0 and "incoming"."student_courses"."grade" <= 20))
);
--> statement-breakpoint
CREATE TABLE "incoming"."transcripts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"reason" text,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" text NOT NULL,
	"lines" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incoming"."student_course_changes" ADD CONSTRAINT "student_course_changes_student_course_id_student_courses_id_fk" FOREIGN KEY ("student_course_id") REFERENCES "incoming"."student_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."student_courses" ADD CONSTRAINT "student_courses_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."student_courses" ADD CONSTRAINT "student_courses_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "incoming"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."transcripts" ADD CONSTRAINT "transcripts_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
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
CREATE UNIQUE INDEX "courses_code_uq" ON "incoming"."courses" USING btree ("code");--> statement-breakpoint
CREATE INDEX "courses_department_idx" ON "incoming"."courses" USING btree ("department","semester");--> statement-breakpoint
CREATE INDEX "student_course_changes_student_idx" ON "incoming"."student_course_changes" USING btree ("student_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "student_courses_current_uq" ON "incoming"."student_courses" USING btree ("student_id","course_id") WHERE "incoming"."student_courses"."removed_on" is null;--> statement-breakpoint
CREATE INDEX "student_courses_course_idx" ON "incoming"."student_courses" USING btree ("course_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transcripts_student_version_uq" ON "incoming"."transcripts" USING btree ("student_id","version");