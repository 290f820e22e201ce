CREATE SCHEMA IF NOT EXISTS "fixture";
--> statement-breakpoint
CREATE TABLE "fixture"."notes" ("id" serial PRIMARY KEY, "body" text NOT NULL);
