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
CREATE TABLE "incoming"."french_test_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"level" text,
	"group_code" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."french_test_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"room" text NOT NULL,
	"capacity" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"date_from" date NOT NULL,
	"date_to" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."housing_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"residence_id" uuid,
	"max_rent_cents" integer,
	"date_from" date NOT NULL,
	"date_to" date NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."residences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "residences_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "incoming"."rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"residence_id" uuid NOT NULL,
	"number" text NOT NULL,
	"capacity" integer NOT NULL,
	"rent_cents" integer NOT NULL,
	"available_from" date NOT NULL,
	"available_to" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."attendance" (
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"mark" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."class_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"date" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."cohort_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"title" text NOT NULL,
	"hours" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"academic_year" smallint NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"capacity" integer NOT NULL,
	"fee_cents" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"fee_due_cents" integer NOT NULL,
	"fee_paid_cents" integer DEFAULT 0 NOT NULL,
	"fee_waived_cents" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming"."programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_code_unique" UNIQUE("code")
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
ALTER TABLE "incoming"."admission_decisions" ADD CONSTRAINT "admission_decisions_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."student_documents" ADD CONSTRAINT "student_documents_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."registration_steps" ADD CONSTRAINT "registration_steps_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."registration_steps" ADD CONSTRAINT "registration_steps_document_id_student_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "incoming"."student_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."student_numbers" ADD CONSTRAINT "student_numbers_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."difficulty_notes" ADD CONSTRAINT "difficulty_notes_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."french_test_registrations" ADD CONSTRAINT "french_test_registrations_session_id_french_test_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "incoming"."french_test_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."french_test_registrations" ADD CONSTRAINT "french_test_registrations_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."allocations" ADD CONSTRAINT "allocations_request_id_housing_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "incoming"."housing_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."allocations" ADD CONSTRAINT "allocations_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "incoming"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."allocations" ADD CONSTRAINT "allocations_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."housing_requests" ADD CONSTRAINT "housing_requests_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."housing_requests" ADD CONSTRAINT "housing_requests_residence_id_residences_id_fk" FOREIGN KEY ("residence_id") REFERENCES "incoming"."residences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."rooms" ADD CONSTRAINT "rooms_residence_id_residences_id_fk" FOREIGN KEY ("residence_id") REFERENCES "incoming"."residences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."attendance" ADD CONSTRAINT "attendance_session_id_class_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "incoming"."class_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."attendance" ADD CONSTRAINT "attendance_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "incoming"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."class_sessions" ADD CONSTRAINT "class_sessions_course_id_cohort_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "incoming"."cohort_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."cohort_courses" ADD CONSTRAINT "cohort_courses_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "incoming"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."cohorts" ADD CONSTRAINT "cohorts_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "incoming"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."participants" ADD CONSTRAINT "participants_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "incoming"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming"."participants" ADD CONSTRAINT "participants_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "incoming"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "student_documents_student_idx" ON "incoming"."student_documents" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "difficulty_notes_student_idx" ON "incoming"."difficulty_notes" USING btree ("student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "french_test_registrations_unique" ON "incoming"."french_test_registrations" USING btree ("session_id","student_id");--> statement-breakpoint
CREATE INDEX "french_test_registrations_student_idx" ON "incoming"."french_test_registrations" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "french_test_sessions_date_idx" ON "incoming"."french_test_sessions" USING btree ("date");--> statement-breakpoint
CREATE INDEX "allocations_room_idx" ON "incoming"."allocations" USING btree ("room_id","status","date_from");--> statement-breakpoint
CREATE INDEX "allocations_student_idx" ON "incoming"."allocations" USING btree ("student_id","status");--> statement-breakpoint
CREATE INDEX "housing_requests_waiting_idx" ON "incoming"."housing_requests" USING btree ("status","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "housing_requests_open_unique" ON "incoming"."housing_requests" USING btree ("student_id") WHERE status = 'waiting';--> statement-breakpoint
CREATE UNIQUE INDEX "rooms_number_unique" ON "incoming"."rooms" USING btree ("residence_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_unique" ON "incoming"."attendance" USING btree ("session_id","participant_id");--> statement-breakpoint
CREATE INDEX "attendance_participant_idx" ON "incoming"."attendance" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "class_sessions_course_idx" ON "incoming"."class_sessions" USING btree ("course_id","date");--> statement-breakpoint
CREATE INDEX "cohort_courses_cohort_idx" ON "incoming"."cohort_courses" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "cohorts_programme_idx" ON "incoming"."cohorts" USING btree ("programme_id","academic_year");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_unique" ON "incoming"."participants" USING btree ("cohort_id","student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "courses_code_uq" ON "incoming"."courses" USING btree ("code");--> statement-breakpoint
CREATE INDEX "courses_department_idx" ON "incoming"."courses" USING btree ("department","semester");--> statement-breakpoint
CREATE INDEX "student_course_changes_student_idx" ON "incoming"."student_course_changes" USING btree ("student_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "student_courses_current_uq" ON "incoming"."student_courses" USING btree ("student_id","course_id") WHERE "incoming"."student_courses"."removed_on" is null;--> statement-breakpoint
CREATE INDEX "student_courses_course_idx" ON "incoming"."student_courses" USING btree ("course_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transcripts_student_version_uq" ON "incoming"."transcripts" USING btree ("student_id","version");