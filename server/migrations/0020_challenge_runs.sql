CREATE TABLE "learning_challenge_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"question_id" integer,
	"asked_ids" integer[] DEFAULT '{}' NOT NULL,
	"streak" integer DEFAULT 0 NOT NULL,
	"end_reason" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "learning_challenge_runs_open_uq" ON "learning_challenge_runs" USING btree ("person_id") WHERE finished_at IS NULL;--> statement-breakpoint
CREATE INDEX "learning_challenge_runs_person_idx" ON "learning_challenge_runs" USING btree ("person_id","streak");