CREATE SCHEMA IF NOT EXISTS "kit_fixture";
--> statement-breakpoint
CREATE TABLE "kit_fixture"."notes" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "department" text NOT NULL, "body" text NOT NULL, "version" integer NOT NULL DEFAULT 1, "updated_at" timestamptz NOT NULL DEFAULT now());
--> statement-breakpoint
CREATE TABLE "kit_fixture"."audit_log" ("id" bigserial PRIMARY KEY, "at" timestamptz NOT NULL DEFAULT now(), "actor" text NOT NULL, "actor_kind" text NOT NULL, "request_id" text, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb);
