CREATE TABLE "assessment_appeals" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"target_id" integer NOT NULL,
	"leaf_key" text NOT NULL,
	"account_id" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"score_before" numeric,
	"score_after" numeric,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"target_id" integer NOT NULL,
	"leaf_key" text NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"uploaded_by" integer,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_leaf_scores" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"target_id" integer NOT NULL,
	"leaf_key" text NOT NULL,
	"source" text NOT NULL,
	"raw_value" numeric,
	"score" numeric NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_rater_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"target_id" integer NOT NULL,
	"leaf_key" text NOT NULL,
	"rater_account_id" integer NOT NULL,
	"score" numeric,
	"comment" text DEFAULT '' NOT NULL,
	"assigned_by" integer,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rated_at" timestamp with time zone,
	CONSTRAINT "assessment_rater_tasks_rated_ck" CHECK (("assessment_rater_tasks"."score" IS NULL) = ("assessment_rater_tasks"."rated_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "assessment_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"target_id" integer NOT NULL,
	"author_account_id" integer,
	"body" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_results" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"target_id" integer NOT NULL,
	"total" numeric NOT NULL,
	"grade" text NOT NULL,
	"rank" integer NOT NULL,
	"previous_rank" integer,
	"uses" text[] DEFAULT '{}'::text[] NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"system_id" integer NOT NULL,
	"version_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"target_kind" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"scope_org_id" integer NOT NULL,
	"scope_org_path" text NOT NULL,
	"target_org_kind" text,
	"young_max_age" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"grading" jsonb NOT NULL,
	"min_votes" integer DEFAULT 5 NOT NULL,
	"meeting_at" timestamp with time zone,
	"appeal_until" timestamp with time zone,
	"computed_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" integer,
	CONSTRAINT "assessment_rounds_period_ck" CHECK ("assessment_rounds"."period_to" >= "assessment_rounds"."period_from"),
	CONSTRAINT "assessment_rounds_min_votes_ck" CHECK ("assessment_rounds"."min_votes" >= 1)
);
--> statement-breakpoint
CREATE TABLE "assessment_system_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"system_id" integer NOT NULL,
	"version" integer NOT NULL,
	"tree" jsonb NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_system_versions_ck" CHECK ("assessment_system_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "assessment_systems" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_kind" text NOT NULL,
	"owner_org_id" integer NOT NULL,
	"owner_org_path" text NOT NULL,
	"draft" jsonb,
	"latest_version" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"org_id" integer,
	"person_id" integer,
	"name" text NOT NULL,
	"org_path" text NOT NULL,
	CONSTRAINT "assessment_targets_one_ck" CHECK (("assessment_targets"."org_id" IS NULL) <> ("assessment_targets"."person_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "assessment_vote_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"weight" numeric NOT NULL,
	"grade_scores" jsonb NOT NULL,
	"leaf_key" text,
	"min_votes" integer DEFAULT 5 NOT NULL,
	CONSTRAINT "assessment_vote_groups_weight_ck" CHECK ("assessment_vote_groups"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "assessment_voters" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"account_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_votes" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"group_id" integer NOT NULL,
	"target_id" integer NOT NULL,
	"rater_account_id" integer NOT NULL,
	"grade" text NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_appeals" ADD CONSTRAINT "assessment_appeals_target_id_assessment_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."assessment_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_target_id_assessment_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."assessment_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_leaf_scores" ADD CONSTRAINT "assessment_leaf_scores_target_id_assessment_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."assessment_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rater_tasks" ADD CONSTRAINT "assessment_rater_tasks_round_id_assessment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."assessment_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rater_tasks" ADD CONSTRAINT "assessment_rater_tasks_target_id_assessment_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."assessment_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_reports" ADD CONSTRAINT "assessment_reports_target_id_assessment_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."assessment_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_target_id_assessment_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."assessment_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_system_id_assessment_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."assessment_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_version_id_assessment_system_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."assessment_system_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_system_versions" ADD CONSTRAINT "assessment_system_versions_system_id_assessment_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."assessment_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_targets" ADD CONSTRAINT "assessment_targets_round_id_assessment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."assessment_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_vote_groups" ADD CONSTRAINT "assessment_vote_groups_round_id_assessment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."assessment_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_voters" ADD CONSTRAINT "assessment_voters_group_id_assessment_vote_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."assessment_vote_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_votes" ADD CONSTRAINT "assessment_votes_group_id_assessment_vote_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."assessment_vote_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_votes" ADD CONSTRAINT "assessment_votes_target_id_assessment_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."assessment_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_appeals_round_idx" ON "assessment_appeals" USING btree ("round_id","status");--> statement-breakpoint
CREATE INDEX "assessment_evidence_target_idx" ON "assessment_evidence" USING btree ("target_id","leaf_key");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_leaf_scores_uq" ON "assessment_leaf_scores" USING btree ("target_id","leaf_key");--> statement-breakpoint
CREATE INDEX "assessment_leaf_scores_round_idx" ON "assessment_leaf_scores" USING btree ("round_id","leaf_key");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_rater_tasks_uq" ON "assessment_rater_tasks" USING btree ("target_id","leaf_key","rater_account_id");--> statement-breakpoint
CREATE INDEX "assessment_rater_tasks_rater_idx" ON "assessment_rater_tasks" USING btree ("rater_account_id","round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_reports_target_uq" ON "assessment_reports" USING btree ("target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_results_target_uq" ON "assessment_results" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "assessment_results_round_idx" ON "assessment_results" USING btree ("round_id","rank");--> statement-breakpoint
CREATE INDEX "assessment_rounds_scope_idx" ON "assessment_rounds" USING btree ("scope_org_path");--> statement-breakpoint
CREATE INDEX "assessment_rounds_system_idx" ON "assessment_rounds" USING btree ("system_id","period_to");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_system_versions_uq" ON "assessment_system_versions" USING btree ("system_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_systems_name_uq" ON "assessment_systems" USING btree ("owner_org_id","name");--> statement-breakpoint
CREATE INDEX "assessment_systems_owner_idx" ON "assessment_systems" USING btree ("owner_org_path");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_targets_org_uq" ON "assessment_targets" USING btree ("round_id","org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_targets_person_uq" ON "assessment_targets" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE INDEX "assessment_targets_path_idx" ON "assessment_targets" USING btree ("org_path");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_vote_groups_uq" ON "assessment_vote_groups" USING btree ("round_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_voters_uq" ON "assessment_voters" USING btree ("group_id","account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_votes_uq" ON "assessment_votes" USING btree ("rater_account_id","target_id","group_id");--> statement-breakpoint
CREATE INDEX "assessment_votes_target_idx" ON "assessment_votes" USING btree ("target_id","group_id");