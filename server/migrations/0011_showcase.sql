CREATE TABLE "showcase_answer_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"answer_id" integer NOT NULL,
	"account_id" integer NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"moderated_by" integer,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_answer_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"answer_id" integer NOT NULL,
	"file_key" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"original_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_answer_likes" (
	"answer_id" integer NOT NULL,
	"account_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showcase_answer_likes_answer_id_account_id_pk" PRIMARY KEY("answer_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "showcase_answers" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"results" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_note" text,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"like_count" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showcase_answers_period_ck" CHECK ("showcase_answers"."period_start" <= "showcase_answers"."period_end"),
	CONSTRAINT "showcase_answers_published_ck" CHECK (("showcase_answers"."status" = 'published') = ("showcase_answers"."published_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "showcase_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"competition_id" integer NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"submission_id" integer NOT NULL,
	"reviewer_account_id" integer NOT NULL,
	"source" text NOT NULL,
	"expertise_match" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_ballots" (
	"round_id" integer NOT NULL,
	"account_id" integer NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "showcase_ballots_round_id_account_id_pk" PRIMARY KEY("round_id","account_id"),
	CONSTRAINT "showcase_ballots_used_ck" CHECK ("showcase_ballots"."used" >= 0)
);
--> statement-breakpoint
CREATE TABLE "showcase_certificates" (
	"id" serial PRIMARY KEY NOT NULL,
	"decision_id" integer NOT NULL,
	"code" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "showcase_competitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"theme" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"categories" jsonb NOT NULL,
	"form" jsonb NOT NULL,
	"rubric" jsonb NOT NULL,
	"eligible_org_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"max_attachments" integer DEFAULT 5 NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"submission_deadline" timestamp with time zone NOT NULL,
	"review_deadline" timestamp with time zone NOT NULL,
	"reviewers_per_case" integer DEFAULT 5 NOT NULL,
	"demonstration_quota" integer DEFAULT 0 NOT NULL,
	"excellent_quota" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showcase_competitions_deadlines_ck" CHECK ("showcase_competitions"."opens_at" < "showcase_competitions"."submission_deadline" AND "showcase_competitions"."submission_deadline" <= "showcase_competitions"."review_deadline"),
	CONSTRAINT "showcase_competitions_k_ck" CHECK ("showcase_competitions"."reviewers_per_case" BETWEEN 1 AND 20)
);
--> statement-breakpoint
CREATE TABLE "showcase_conflicts" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"competition_id" integer NOT NULL,
	"submission_id" integer NOT NULL,
	"tier" text NOT NULL,
	"run_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_exemplar_media" (
	"id" serial PRIMARY KEY NOT NULL,
	"exemplar_id" integer NOT NULL,
	"kind" text NOT NULL,
	"file_key" text NOT NULL,
	"mime" text NOT NULL,
	"size" bigint NOT NULL,
	"poster_key" text,
	"title" text DEFAULT '' NOT NULL,
	"series_id" integer,
	"episode" integer,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_exemplars" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"person_id" integer,
	"squad_id" integer,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"category" text NOT NULL,
	"story" text DEFAULT '' NOT NULL,
	"honours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"on_wall" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_nominations" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"exemplar_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"material" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"review_note" text,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"vote_count" integer DEFAULT 0 NOT NULL,
	"winner" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_panel_members" (
	"competition_id" integer NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"account_id" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showcase_panel_members_competition_id_round_account_id_pk" PRIMARY KEY("competition_id","round","account_id"),
	CONSTRAINT "showcase_panel_round_ck" CHECK ("showcase_panel_members"."round" IN (1, 2))
);
--> statement-breakpoint
CREATE TABLE "showcase_result_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"competition_id" integer NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"method" text NOT NULL,
	"computed_by" integer,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_results" (
	"run_id" integer NOT NULL,
	"submission_id" integer NOT NULL,
	"reviews" integer NOT NULL,
	"raw_mean" double precision NOT NULL,
	"score" double precision NOT NULL,
	"raw_rank" integer NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "showcase_results_run_id_submission_id_pk" PRIMARY KEY("run_id","submission_id")
);
--> statement-breakpoint
CREATE TABLE "showcase_reviewers" (
	"account_id" integer PRIMARY KEY NOT NULL,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"affiliation_org_id" integer,
	"title" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_scores" (
	"assignment_id" integer PRIMARY KEY NOT NULL,
	"scores" jsonb NOT NULL,
	"total" double precision NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_submission_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"file_key" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"original_name" text DEFAULT '' NOT NULL,
	"name_flag" boolean DEFAULT false NOT NULL,
	"flag_source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"competition_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"parts" jsonb NOT NULL,
	"word_counts" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"blind_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showcase_submissions_submitted_ck" CHECK ("showcase_submissions"."status" = 'draft' OR "showcase_submissions"."submitted_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "showcase_video_series" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "showcase_vote_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"nomination_deadline" timestamp with time zone NOT NULL,
	"voting_opens_at" timestamp with time zone NOT NULL,
	"voting_closes_at" timestamp with time zone NOT NULL,
	"votes_per_member" integer DEFAULT 1 NOT NULL,
	"hide_results" boolean DEFAULT true NOT NULL,
	"winners" integer DEFAULT 10 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showcase_vote_rounds_window_ck" CHECK ("showcase_vote_rounds"."nomination_deadline" <= "showcase_vote_rounds"."voting_opens_at" AND "showcase_vote_rounds"."voting_opens_at" < "showcase_vote_rounds"."voting_closes_at"),
	CONSTRAINT "showcase_vote_rounds_votes_ck" CHECK ("showcase_vote_rounds"."votes_per_member" BETWEEN 1 AND 50)
);
--> statement-breakpoint
CREATE TABLE "showcase_votes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"account_id" integer NOT NULL,
	"person_id" integer,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "showcase_answer_comments" ADD CONSTRAINT "showcase_answer_comments_answer_id_showcase_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."showcase_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_answer_files" ADD CONSTRAINT "showcase_answer_files_answer_id_showcase_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."showcase_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_answer_likes" ADD CONSTRAINT "showcase_answer_likes_answer_id_showcase_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."showcase_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_assignments" ADD CONSTRAINT "showcase_assignments_competition_id_showcase_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."showcase_competitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_assignments" ADD CONSTRAINT "showcase_assignments_submission_id_showcase_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."showcase_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_ballots" ADD CONSTRAINT "showcase_ballots_round_id_showcase_vote_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."showcase_vote_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_certificates" ADD CONSTRAINT "showcase_certificates_decision_id_showcase_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."showcase_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_decisions" ADD CONSTRAINT "showcase_decisions_competition_id_showcase_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."showcase_competitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_decisions" ADD CONSTRAINT "showcase_decisions_submission_id_showcase_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."showcase_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_decisions" ADD CONSTRAINT "showcase_decisions_run_id_showcase_result_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."showcase_result_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_exemplar_media" ADD CONSTRAINT "showcase_exemplar_media_exemplar_id_showcase_exemplars_id_fk" FOREIGN KEY ("exemplar_id") REFERENCES "public"."showcase_exemplars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_exemplar_media" ADD CONSTRAINT "showcase_exemplar_media_series_id_showcase_video_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."showcase_video_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_nominations" ADD CONSTRAINT "showcase_nominations_round_id_showcase_vote_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."showcase_vote_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_nominations" ADD CONSTRAINT "showcase_nominations_exemplar_id_showcase_exemplars_id_fk" FOREIGN KEY ("exemplar_id") REFERENCES "public"."showcase_exemplars"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_panel_members" ADD CONSTRAINT "showcase_panel_members_competition_id_showcase_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."showcase_competitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_result_runs" ADD CONSTRAINT "showcase_result_runs_competition_id_showcase_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."showcase_competitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_results" ADD CONSTRAINT "showcase_results_run_id_showcase_result_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."showcase_result_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_scores" ADD CONSTRAINT "showcase_scores_assignment_id_showcase_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."showcase_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_submission_files" ADD CONSTRAINT "showcase_submission_files_submission_id_showcase_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."showcase_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_submissions" ADD CONSTRAINT "showcase_submissions_competition_id_showcase_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."showcase_competitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_votes" ADD CONSTRAINT "showcase_votes_nomination_id_showcase_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."showcase_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "showcase_answer_comments_answer_idx" ON "showcase_answer_comments" USING btree ("answer_id","status","created_at");--> statement-breakpoint
CREATE INDEX "showcase_answer_files_answer_idx" ON "showcase_answer_files" USING btree ("answer_id");--> statement-breakpoint
CREATE INDEX "showcase_answers_org_path_idx" ON "showcase_answers" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "showcase_answers_feed_idx" ON "showcase_answers" USING btree ("status","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_assignments_uq" ON "showcase_assignments" USING btree ("submission_id","round","reviewer_account_id");--> statement-breakpoint
CREATE INDEX "showcase_assignments_reviewer_idx" ON "showcase_assignments" USING btree ("reviewer_account_id","competition_id");--> statement-breakpoint
CREATE INDEX "showcase_assignments_competition_idx" ON "showcase_assignments" USING btree ("competition_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_certificates_code_uq" ON "showcase_certificates" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_certificates_decision_uq" ON "showcase_certificates" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "showcase_competitions_org_path_idx" ON "showcase_competitions" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_conflicts_uq" ON "showcase_conflicts" USING btree ("account_id","org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_decisions_submission_uq" ON "showcase_decisions" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "showcase_decisions_competition_idx" ON "showcase_decisions" USING btree ("competition_id","tier");--> statement-breakpoint
CREATE INDEX "showcase_exemplar_media_exemplar_idx" ON "showcase_exemplar_media" USING btree ("exemplar_id");--> statement-breakpoint
CREATE INDEX "showcase_exemplar_media_series_idx" ON "showcase_exemplar_media" USING btree ("series_id","episode");--> statement-breakpoint
CREATE INDEX "showcase_exemplars_org_path_idx" ON "showcase_exemplars" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "showcase_exemplars_wall_idx" ON "showcase_exemplars" USING btree ("on_wall","status");--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_nominations_uq" ON "showcase_nominations" USING btree ("round_id","exemplar_id");--> statement-breakpoint
CREATE INDEX "showcase_nominations_org_path_idx" ON "showcase_nominations" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "showcase_result_runs_competition_idx" ON "showcase_result_runs" USING btree ("competition_id","round");--> statement-breakpoint
CREATE INDEX "showcase_submission_files_submission_idx" ON "showcase_submission_files" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "showcase_submissions_competition_idx" ON "showcase_submissions" USING btree ("competition_id","status");--> statement-breakpoint
CREATE INDEX "showcase_submissions_org_path_idx" ON "showcase_submissions" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_video_series_title_uq" ON "showcase_video_series" USING btree ("title");--> statement-breakpoint
CREATE INDEX "showcase_vote_rounds_org_path_idx" ON "showcase_vote_rounds" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_votes_uq" ON "showcase_votes" USING btree ("nomination_id","account_id");--> statement-breakpoint
CREATE INDEX "showcase_votes_round_idx" ON "showcase_votes" USING btree ("round_id","account_id");