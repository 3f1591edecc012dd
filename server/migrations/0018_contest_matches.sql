CREATE TABLE "contest_match_players" (
	"match_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"name" text NOT NULL,
	"place" integer NOT NULL,
	"score" integer NOT NULL,
	"correct" integer NOT NULL,
	"answered" integer NOT NULL,
	"time_ms" integer NOT NULL,
	"left_early" boolean DEFAULT false NOT NULL,
	"day" text NOT NULL,
	CONSTRAINT "contest_match_players_match_id_person_id_pk" PRIMARY KEY("match_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "contest_matches" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"question_ids" integer[] NOT NULL,
	"seconds_per_question" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contest_match_players" ADD CONSTRAINT "contest_match_players_match_id_contest_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."contest_matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contest_match_players_person_idx" ON "contest_match_players" USING btree ("person_id","day");--> statement-breakpoint
CREATE INDEX "contest_matches_finished_idx" ON "contest_matches" USING btree ("finished_at");