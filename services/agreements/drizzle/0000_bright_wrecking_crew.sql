CREATE SCHEMA IF NOT EXISTS "agreements";
--> statement-breakpoint
CREATE TABLE "agreements"."agreement_partners" (
	"agreement_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "agreement_partners_agreement_id_partner_id_pk" PRIMARY KEY("agreement_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "agreements"."agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"external_id" text,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"departments" text[] DEFAULT '{}'::text[] NOT NULL,
	"signatories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"previous_id" uuid,
	"next_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "agreements"."audit_log" (
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
CREATE TABLE "agreements"."conditions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"direction" text NOT NULL,
	"mobility_type" text NOT NULL,
	"places" integer NOT NULL,
	"total_months" double precision,
	"isced_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"eqf_levels" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreements"."documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"document_version" integer NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_version_unique" UNIQUE("agreement_id","kind","document_version")
);
--> statement-breakpoint
CREATE TABLE "agreements"."partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_latin" text NOT NULL,
	"country_code" text NOT NULL,
	"city" text NOT NULL,
	"erasmus_code" text,
	"schac_code" text,
	"website" text,
	"faculties" text[] DEFAULT '{}'::text[] NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"networks" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreements"."quota_usage" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"condition_id" uuid NOT NULL,
	"academic_year" integer NOT NULL,
	"count" integer NOT NULL,
	"reference" text NOT NULL,
	"actor" text NOT NULL,
	"override_reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreements"."reference_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreements"."agreement_partners" ADD CONSTRAINT "agreement_partners_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "agreements"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements"."agreement_partners" ADD CONSTRAINT "agreement_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "agreements"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements"."conditions" ADD CONSTRAINT "conditions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "agreements"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements"."documents" ADD CONSTRAINT "documents_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "agreements"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements"."quota_usage" ADD CONSTRAINT "quota_usage_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "agreements"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements"."quota_usage" ADD CONSTRAINT "quota_usage_condition_id_conditions_id_fk" FOREIGN KEY ("condition_id") REFERENCES "agreements"."conditions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_partners_partner_idx" ON "agreements"."agreement_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_external_id_unique" ON "agreements"."agreements" USING btree ("external_id") WHERE "agreements"."agreements"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "agreements_status_end_idx" ON "agreements"."agreements" USING btree ("status","end_year");--> statement-breakpoint
CREATE INDEX "agreements_type_idx" ON "agreements"."agreements" USING btree ("type","end_year");--> statement-breakpoint
CREATE INDEX "agreements_end_year_idx" ON "agreements"."agreements" USING btree ("end_year");--> statement-breakpoint
CREATE INDEX "agreements_updated_idx" ON "agreements"."agreements" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "agreements_title_idx" ON "agreements"."agreements" USING btree (lower("title"));--> statement-breakpoint
CREATE INDEX "agreements_departments_idx" ON "agreements"."agreements" USING gin ("departments");--> statement-breakpoint
CREATE INDEX "agreements_previous_idx" ON "agreements"."agreements" USING btree ("previous_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "agreements"."audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "agreements"."audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "conditions_agreement_idx" ON "agreements"."conditions" USING btree ("agreement_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_erasmus_code_unique" ON "agreements"."partners" USING btree ("erasmus_code") WHERE "agreements"."partners"."erasmus_code" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "partners_schac_code_unique" ON "agreements"."partners" USING btree ("schac_code") WHERE "agreements"."partners"."schac_code" is not null;--> statement-breakpoint
CREATE INDEX "partners_name_latin_idx" ON "agreements"."partners" USING btree (lower("name_latin"));--> statement-breakpoint
CREATE INDEX "partners_country_idx" ON "agreements"."partners" USING btree ("country_code","name_latin");--> statement-breakpoint
CREATE INDEX "partners_networks_idx" ON "agreements"."partners" USING gin ("networks");--> statement-breakpoint
CREATE INDEX "quota_usage_condition_year_idx" ON "agreements"."quota_usage" USING btree ("condition_id","academic_year");