CREATE TABLE "squad_periods" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"seq" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"weights" jsonb,
	"closed_by" integer,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "squad_periods_range_ck" CHECK ("squad_periods"."ends_on" >= "squad_periods"."starts_on"),
	CONSTRAINT "squad_periods_seq_ck" CHECK ("squad_periods"."seq" >= 1 AND "squad_periods"."seq" <= CASE "squad_periods"."kind" WHEN 'month' THEN 12 ELSE 4 END),
	CONSTRAINT "squad_periods_closed_ck" CHECK (("squad_periods"."status" = 'closed') = ("squad_periods"."closed_at" IS NOT NULL AND "squad_periods"."weights" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "squad_ratings" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"squad_id" integer NOT NULL,
	"rater_account_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "squad_ratings_score_ck" CHECK ("squad_ratings"."score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "squad_rubric_criteria" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"weight" numeric(5, 2) DEFAULT '1' NOT NULL,
	CONSTRAINT "squad_rubric_criteria_seq_ck" CHECK ("squad_rubric_criteria"."seq" BETWEEN 1 AND 5),
	CONSTRAINT "squad_rubric_criteria_weight_ck" CHECK ("squad_rubric_criteria"."weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "squad_score_snapshots" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"squad_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"member_count" integer NOT NULL,
	"learning" numeric(5, 2) NOT NULL,
	"skill" numeric(5, 2) NOT NULL,
	"innovation" numeric(5, 2) NOT NULL,
	"duty" numeric(5, 2) NOT NULL,
	"performance" numeric(5, 2) NOT NULL,
	"total" numeric(5, 2) NOT NULL,
	"rank" integer NOT NULL,
	"previous_rank" integer,
	"movement" integer,
	"badge" boolean DEFAULT false NOT NULL,
	"inputs" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "squad_score_snapshots_range_ck" CHECK ("squad_score_snapshots"."learning" BETWEEN 0 AND 100 AND "squad_score_snapshots"."skill" BETWEEN 0 AND 100 AND "squad_score_snapshots"."innovation" BETWEEN 0 AND 100
        AND "squad_score_snapshots"."duty" BETWEEN 0 AND 100 AND "squad_score_snapshots"."performance" BETWEEN 0 AND 100 AND "squad_score_snapshots"."total" BETWEEN 0 AND 100),
	CONSTRAINT "squad_score_snapshots_rank_ck" CHECK ("squad_score_snapshots"."rank" >= 1)
);
--> statement-breakpoint
CREATE TABLE "squad_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"squad_id" integer NOT NULL,
	"task_id" integer,
	"milestone_id" integer,
	"innovation_id" integer,
	"file_key" text NOT NULL,
	"mime" text NOT NULL,
	"size" bigint NOT NULL,
	"original_name" text DEFAULT '' NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "squad_evidence_owner_ck" CHECK (num_nonnulls("squad_evidence"."task_id", "squad_evidence"."milestone_id", "squad_evidence"."innovation_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "squad_innovations" (
	"id" serial PRIMARY KEY NOT NULL,
	"squad_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "squad_innovations_decided_ck" CHECK (("squad_innovations"."status" = 'submitted') = ("squad_innovations"."decided_at" IS NULL)),
	CONSTRAINT "squad_innovations_declined_ck" CHECK ("squad_innovations"."status" <> 'declined' OR "squad_innovations"."decision_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "squad_milestones" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" integer,
	"on_time" boolean,
	"overdue_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "squad_milestones_done_ck" CHECK (("squad_milestones"."status" = 'done') = ("squad_milestones"."done_at" IS NOT NULL AND "squad_milestones"."on_time" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "squad_task_owners" (
	"task_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	CONSTRAINT "squad_task_owners_task_id_person_id_pk" PRIMARY KEY("task_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "squad_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"squad_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"difficulty" smallint DEFAULT 1 NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone,
	"return_reason" text,
	"returned_by" integer,
	"returned_at" timestamp with time zone,
	"accepted_by" integer,
	"accepted_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"on_time" boolean,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "squad_tasks_difficulty_ck" CHECK ("squad_tasks"."difficulty" BETWEEN 1 AND 3),
	CONSTRAINT "squad_tasks_returned_ck" CHECK ("squad_tasks"."status" <> 'returned' OR "squad_tasks"."return_reason" IS NOT NULL),
	CONSTRAINT "squad_tasks_accepted_ck" CHECK (("squad_tasks"."status" = 'accepted') = ("squad_tasks"."accepted_at" IS NOT NULL AND "squad_tasks"."done_at" IS NOT NULL AND "squad_tasks"."on_time" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "squad_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"squad_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"join_reason" text DEFAULT '' NOT NULL,
	"proposed_by" integer,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone,
	"reject_reason" text,
	"joined_at" timestamp with time zone,
	"left_at" timestamp with time zone,
	"left_by" integer,
	"leave_reason" text,
	CONSTRAINT "squad_members_joined_ck" CHECK (("squad_members"."status" IN ('active', 'left')) = ("squad_members"."joined_at" IS NOT NULL)),
	CONSTRAINT "squad_members_left_ck" CHECK (("squad_members"."status" = 'left') = ("squad_members"."left_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "squad_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"period_kind" text DEFAULT 'quarter' NOT NULL,
	"weight_learning" numeric(5, 2) DEFAULT '20' NOT NULL,
	"weight_skill" numeric(5, 2) DEFAULT '20' NOT NULL,
	"weight_innovation" numeric(5, 2) DEFAULT '20' NOT NULL,
	"weight_duty" numeric(5, 2) DEFAULT '20' NOT NULL,
	"weight_performance" numeric(5, 2) DEFAULT '20' NOT NULL,
	"young_max_age" integer DEFAULT 35 NOT NULL,
	"badge_top_n" integer DEFAULT 3 NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "squad_years_weights_ck" CHECK ("squad_years"."weight_learning" >= 0 AND "squad_years"."weight_skill" >= 0 AND "squad_years"."weight_innovation" >= 0 AND "squad_years"."weight_duty" >= 0 AND "squad_years"."weight_performance" >= 0
        AND "squad_years"."weight_learning" + "squad_years"."weight_skill" + "squad_years"."weight_innovation" + "squad_years"."weight_duty" + "squad_years"."weight_performance" > 0),
	CONSTRAINT "squad_years_age_ck" CHECK ("squad_years"."young_max_age" BETWEEN 18 AND 60),
	CONSTRAINT "squad_years_top_n_ck" CHECK ("squad_years"."badge_top_n" >= 0)
);
--> statement-breakpoint
CREATE TABLE "squads" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"leader_person_id" integer,
	"mission" text DEFAULT '' NOT NULL,
	"field" text NOT NULL,
	"started_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"merged_into_id" integer,
	"ended_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "squads_merged_ck" CHECK (("squads"."status" = 'merged') = ("squads"."merged_into_id" IS NOT NULL)),
	CONSTRAINT "squads_ended_ck" CHECK (("squads"."status" = 'active') = ("squads"."ended_on" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "contest_teams" ADD COLUMN "squad_id" integer;--> statement-breakpoint
ALTER TABLE "squad_ratings" ADD CONSTRAINT "squad_ratings_period_id_squad_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."squad_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_ratings" ADD CONSTRAINT "squad_ratings_squad_id_squads_id_fk" FOREIGN KEY ("squad_id") REFERENCES "public"."squads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_ratings" ADD CONSTRAINT "squad_ratings_criterion_id_squad_rubric_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."squad_rubric_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_score_snapshots" ADD CONSTRAINT "squad_score_snapshots_period_id_squad_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."squad_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_score_snapshots" ADD CONSTRAINT "squad_score_snapshots_squad_id_squads_id_fk" FOREIGN KEY ("squad_id") REFERENCES "public"."squads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_evidence" ADD CONSTRAINT "squad_evidence_squad_id_squads_id_fk" FOREIGN KEY ("squad_id") REFERENCES "public"."squads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_evidence" ADD CONSTRAINT "squad_evidence_task_id_squad_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."squad_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_evidence" ADD CONSTRAINT "squad_evidence_milestone_id_squad_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."squad_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_evidence" ADD CONSTRAINT "squad_evidence_innovation_id_squad_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."squad_innovations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_innovations" ADD CONSTRAINT "squad_innovations_squad_id_squads_id_fk" FOREIGN KEY ("squad_id") REFERENCES "public"."squads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_milestones" ADD CONSTRAINT "squad_milestones_task_id_squad_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."squad_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_task_owners" ADD CONSTRAINT "squad_task_owners_task_id_squad_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."squad_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_tasks" ADD CONSTRAINT "squad_tasks_squad_id_squads_id_fk" FOREIGN KEY ("squad_id") REFERENCES "public"."squads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_members" ADD CONSTRAINT "squad_members_squad_id_squads_id_fk" FOREIGN KEY ("squad_id") REFERENCES "public"."squads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "squad_periods_uq" ON "squad_periods" USING btree ("year","kind","seq");--> statement-breakpoint
CREATE INDEX "squad_periods_starts_idx" ON "squad_periods" USING btree ("starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "squad_ratings_uq" ON "squad_ratings" USING btree ("period_id","squad_id","rater_account_id","criterion_id");--> statement-breakpoint
CREATE INDEX "squad_ratings_rater_idx" ON "squad_ratings" USING btree ("rater_account_id","period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "squad_rubric_criteria_seq_uq" ON "squad_rubric_criteria" USING btree ("year","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "squad_rubric_criteria_name_uq" ON "squad_rubric_criteria" USING btree ("year","name");--> statement-breakpoint
CREATE UNIQUE INDEX "squad_score_snapshots_uq" ON "squad_score_snapshots" USING btree ("period_id","squad_id");--> statement-breakpoint
CREATE INDEX "squad_score_snapshots_rank_idx" ON "squad_score_snapshots" USING btree ("period_id","rank");--> statement-breakpoint
CREATE INDEX "squad_score_snapshots_squad_idx" ON "squad_score_snapshots" USING btree ("squad_id");--> statement-breakpoint
CREATE INDEX "squad_score_snapshots_org_path_idx" ON "squad_score_snapshots" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "squad_evidence_squad_idx" ON "squad_evidence" USING btree ("squad_id");--> statement-breakpoint
CREATE INDEX "squad_evidence_task_idx" ON "squad_evidence" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "squad_evidence_milestone_idx" ON "squad_evidence" USING btree ("milestone_id");--> statement-breakpoint
CREATE INDEX "squad_evidence_innovation_idx" ON "squad_evidence" USING btree ("innovation_id");--> statement-breakpoint
CREATE INDEX "squad_innovations_squad_idx" ON "squad_innovations" USING btree ("squad_id","status");--> statement-breakpoint
CREATE INDEX "squad_innovations_decided_idx" ON "squad_innovations" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "squad_milestones_task_idx" ON "squad_milestones" USING btree ("task_id","seq");--> statement-breakpoint
CREATE INDEX "squad_milestones_open_due_idx" ON "squad_milestones" USING btree ("due_on") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "squad_task_owners_person_idx" ON "squad_task_owners" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "squad_tasks_squad_idx" ON "squad_tasks" USING btree ("squad_id","status");--> statement-breakpoint
CREATE INDEX "squad_tasks_due_idx" ON "squad_tasks" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "squad_members_squad_idx" ON "squad_members" USING btree ("squad_id","status");--> statement-breakpoint
CREATE INDEX "squad_members_person_idx" ON "squad_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "squad_members_one_active_uq" ON "squad_members" USING btree ("person_id") WHERE status = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "squad_members_open_uq" ON "squad_members" USING btree ("squad_id","person_id") WHERE status IN ('proposed', 'active');--> statement-breakpoint
CREATE UNIQUE INDEX "squad_members_one_leader_uq" ON "squad_members" USING btree ("squad_id") WHERE status = 'active' AND role = 'leader';--> statement-breakpoint
CREATE INDEX "squads_org_path_idx" ON "squads" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "squads_org_name_uq" ON "squads" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "squads_status_idx" ON "squads" USING btree ("status");--> statement-breakpoint
CREATE INDEX "squads_field_idx" ON "squads" USING btree ("field");--> statement-breakpoint
CREATE INDEX "contest_teams_squad_idx" ON "contest_teams" USING btree ("squad_id");