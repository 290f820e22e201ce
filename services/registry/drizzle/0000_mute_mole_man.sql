CREATE SCHEMA IF NOT EXISTS "registry";
--> statement-breakpoint
CREATE TABLE "registry"."audit_log" (
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
CREATE TABLE "registry"."events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"module" text NOT NULL,
	"action" text NOT NULL,
	"from_version" text,
	"to_version" text,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_action_check" CHECK ("registry"."events"."action" in ('publish', 'rollback', 'update'))
);
--> statement-breakpoint
CREATE TABLE "registry"."module_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"module" text NOT NULL,
	"version" text NOT NULL,
	"entry_url" text NOT NULL,
	"css_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"integrity" text NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "module_versions_module_version_unique" UNIQUE("module","version")
);
--> statement-breakpoint
CREATE TABLE "registry"."modules" (
	"name" text PRIMARY KEY NOT NULL,
	"route" text NOT NULL,
	"framework" text NOT NULL,
	"roles" text[] NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"order" integer DEFAULT 100 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"current_version" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "modules_route_unique" UNIQUE("route")
);
--> statement-breakpoint
ALTER TABLE "registry"."events" ADD CONSTRAINT "events_module_modules_name_fk" FOREIGN KEY ("module") REFERENCES "registry"."modules"("name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry"."module_versions" ADD CONSTRAINT "module_versions_module_modules_name_fk" FOREIGN KEY ("module") REFERENCES "registry"."modules"("name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "registry"."audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "registry"."audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "events_module_idx" ON "registry"."events" USING btree ("module","id");--> statement-breakpoint
CREATE INDEX "modules_order_idx" ON "registry"."modules" USING btree ("order","name");