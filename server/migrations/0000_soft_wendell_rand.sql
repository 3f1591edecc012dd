CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"account_id" integer,
	"actor" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"org_id" integer,
	"org_path" text,
	"summary" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"person_id" integer,
	"display_name" text NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled" boolean DEFAULT false NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL,
	"role" text NOT NULL,
	"org_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"dedupe_key" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" integer,
	"account_id" integer,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "orgs" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"path" text DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"personal_leaderboard" boolean DEFAULT false NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"ethnicity" text DEFAULT '汉族' NOT NULL,
	"birth_date" date NOT NULL,
	"id_number" text NOT NULL,
	"phone" text,
	"party_status" text NOT NULL,
	"join_date" date,
	"unit" text,
	"position" text,
	"education" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_ledger" (
	"person_id" integer NOT NULL,
	"id" bigserial NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"rule_code" text NOT NULL,
	"points" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"note" text,
	"day" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_ledger_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "points_rules" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"event_type" text NOT NULL,
	"points" integer NOT NULL,
	"daily_cap" integer,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"type_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer,
	"signup_opens_at" timestamp with time zone,
	"signup_closes_at" timestamp with time zone,
	"audience_paths" text[] DEFAULT '{}' NOT NULL,
	"audience_roles" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"confirmed_count" integer DEFAULT 0 NOT NULL,
	"waitlist_count" integer DEFAULT 0 NOT NULL,
	"checkin_secret" text NOT NULL,
	"summary" text,
	"reminded_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_attendance" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"method" text NOT NULL,
	"checked_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_out_at" timestamp with time zone,
	"service_hours" numeric(6, 2),
	"recorded_by" integer
);
--> statement-breakpoint
CREATE TABLE "activity_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_photos" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"file_key" text NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_signups" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"category_code" text NOT NULL,
	"counts_service_hours" boolean DEFAULT false NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_calendar_tokens" (
	"token" text PRIMARY KEY NOT NULL,
	"person_id" integer,
	"org_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"slot" text NOT NULL,
	"storage_key" text NOT NULL,
	"mime" text NOT NULL,
	"size" bigint NOT NULL,
	"original_name" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"audience_paths" text[] DEFAULT '{}' NOT NULL,
	"audience_roles" text[] DEFAULT '{}' NOT NULL,
	"video_url" text,
	"duration_seconds" integer,
	"estimated_seconds" integer DEFAULT 60 NOT NULL,
	"review_comment" text,
	"source" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "content_reads" (
	"item_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"seconds" integer DEFAULT 0 NOT NULL,
	"last_beat_at" timestamp with time zone,
	"last_visible" boolean DEFAULT false NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_reads_item_id_person_id_pk" PRIMARY KEY("item_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "contest_answers" (
	"round_id" integer NOT NULL,
	"player_id" integer NOT NULL,
	"question_index" integer NOT NULL,
	"question_id" integer NOT NULL,
	"choice" text[],
	"correct" boolean DEFAULT false NOT NULL,
	"time_ms" integer,
	"grace_ms" integer DEFAULT 0 NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"served_at" timestamp (3) with time zone,
	"answered_at" timestamp (3) with time zone,
	CONSTRAINT "contest_answers_round_id_player_id_question_index_pk" PRIMARY KEY("round_id","player_id","question_index")
);
--> statement-breakpoint
CREATE TABLE "contest_awards" (
	"id" serial PRIMARY KEY NOT NULL,
	"contest_id" integer NOT NULL,
	"round_id" integer NOT NULL,
	"tier" text NOT NULL,
	"rank" integer NOT NULL,
	"score" integer NOT NULL,
	"player_id" integer,
	"person_id" integer,
	"team_id" integer,
	"name" text NOT NULL,
	"certificate_no" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contest_players" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"name" text NOT NULL,
	"org_path" text NOT NULL,
	"team_id" integer,
	"token_hash" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contest_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"contest_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"question_ids" integer[] NOT NULL,
	"seconds_per_question" integer NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"phase" text DEFAULT 'draft' NOT NULL,
	"current_index" integer DEFAULT -1 NOT NULL,
	"question_started_at" timestamp (3) with time zone,
	"question_deadline" timestamp (3) with time zone,
	"paused_remaining_ms" integer,
	"paused_from" text,
	"shuffle_seed" integer NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contest_teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"contest_id" integer NOT NULL,
	"name" text NOT NULL,
	"org_id" integer,
	"org_path" text,
	"roster" integer[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"question_source" jsonb NOT NULL,
	"entrant_kind" text DEFAULT 'individual' NOT NULL,
	"scoring" jsonb NOT NULL,
	"award_rule" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_callbacks" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "demand_callbacks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_code" text NOT NULL,
	"demand_id" bigint NOT NULL,
	"result" text NOT NULL,
	"source" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"account_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_callbacks_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "demand_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"default_org_id" integer,
	"default_agency" text,
	"response_value" integer NOT NULL,
	"response_unit" text NOT NULL,
	"resolution_value" integer NOT NULL,
	"resolution_unit" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_client_requests" (
	"client_key" text NOT NULL,
	"client_request_id" text NOT NULL,
	"district_code" text NOT NULL,
	"demand_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_client_requests_client_key_client_request_id_pk" PRIMARY KEY("client_key","client_request_id")
);
--> statement-breakpoint
CREATE TABLE "demand_daily_rollup" (
	"day" date NOT NULL,
	"district_code" text NOT NULL,
	"category_code" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"merged" integer DEFAULT 0 NOT NULL,
	"dispatched" integer DEFAULT 0 NOT NULL,
	"responded" integer DEFAULT 0 NOT NULL,
	"responded_in_time" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"answered_in_time" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"closed_in_time" integer DEFAULT 0 NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"basically_satisfied" integer DEFAULT 0 NOT NULL,
	"dissatisfied" integer DEFAULT 0 NOT NULL,
	"reopened" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	"response_minutes" bigint DEFAULT 0 NOT NULL,
	"answer_minutes" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "demand_daily_rollup_day_district_code_category_code_org_id_pk" PRIMARY KEY("day","district_code","category_code","org_id")
);
--> statement-breakpoint
CREATE TABLE "demand_dispatch_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"category_code" text NOT NULL,
	"district_code" text DEFAULT '*' NOT NULL,
	"org_id" integer NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_events" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "demand_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_code" text NOT NULL,
	"demand_id" bigint NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"actor_account_id" integer,
	"actor_name" text DEFAULT '' NOT NULL,
	"org_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"data" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_events_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "demand_extensions" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "demand_extensions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_code" text NOT NULL,
	"demand_id" bigint NOT NULL,
	"working_days" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" integer,
	"decided_by" integer,
	"previous_due_at" timestamp with time zone,
	"new_due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "demand_extensions_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "demand_holidays" (
	"day" date PRIMARY KEY NOT NULL,
	"is_workday" boolean NOT NULL,
	"name" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_monthly_rollup" (
	"month" date NOT NULL,
	"district_code" text NOT NULL,
	"category_code" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"merged" integer DEFAULT 0 NOT NULL,
	"dispatched" integer DEFAULT 0 NOT NULL,
	"responded" integer DEFAULT 0 NOT NULL,
	"responded_in_time" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"answered_in_time" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"closed_in_time" integer DEFAULT 0 NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"basically_satisfied" integer DEFAULT 0 NOT NULL,
	"dissatisfied" integer DEFAULT 0 NOT NULL,
	"reopened" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	"response_minutes" bigint DEFAULT 0 NOT NULL,
	"answer_minutes" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "demand_monthly_rollup_month_district_code_category_code_org_id_pk" PRIMARY KEY("month","district_code","category_code","org_id")
);
--> statement-breakpoint
CREATE TABLE "demand_phone_quota" (
	"phone_hash" text NOT NULL,
	"day" date NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "demand_phone_quota_phone_hash_day_pk" PRIMARY KEY("phone_hash","day")
);
--> statement-breakpoint
CREATE TABLE "demand_photos" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "demand_photos_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_code" text NOT NULL,
	"demand_id" bigint NOT NULL,
	"file_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_photos_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "demand_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_supervisions" (
	"district_code" text NOT NULL,
	"demand_id" bigint NOT NULL,
	"level" text NOT NULL,
	"org_id" integer,
	"notified_accounts" integer DEFAULT 0 NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_supervisions_district_code_demand_id_level_pk" PRIMARY KEY("district_code","demand_id","level")
);
--> statement-breakpoint
CREATE TABLE "demand_tracking" (
	"tracking_code" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"demand_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_used_challenges" (
	"nonce" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demands" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "demands_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_code" text NOT NULL,
	"street_code" text,
	"tracking_code" text NOT NULL,
	"channel" text NOT NULL,
	"client_key" text DEFAULT 'public' NOT NULL,
	"client_request_id" text,
	"category_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"lat" double precision,
	"long" double precision,
	"citizen_name" text,
	"citizen_phone" text,
	"phone_hash" text,
	"status" text DEFAULT 'received' NOT NULL,
	"org_id" integer,
	"org_path" text NOT NULL,
	"handler_account_id" integer,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispatched_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"response_due_at" timestamp with time zone NOT NULL,
	"resolution_due_at" timestamp with time zone NOT NULL,
	"answer" text,
	"return_reason" text,
	"satisfaction" text,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"merged_into_id" bigint,
	"supervision_level" smallint DEFAULT 0 NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search_tokens" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', search_tokens)) STORED,
	"photo_count" smallint DEFAULT 0 NOT NULL,
	"anonymised_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demands_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "open311_api_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning_course_assignments" (
	"course_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"assigned_by" integer,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_course_assignments_course_id_org_id_pk" PRIMARY KEY("course_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "learning_course_completions" (
	"person_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_course_completions_person_id_course_id_pk" PRIMARY KEY("person_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "learning_course_lessons" (
	"course_id" integer NOT NULL,
	"content_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"content_kind" text NOT NULL,
	CONSTRAINT "learning_course_lessons_course_id_content_id_pk" PRIMARY KEY("course_id","content_id")
);
--> statement-breakpoint
CREATE TABLE "learning_courses" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_daily_quizzes" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"day" text NOT NULL,
	"question_ids" integer[] NOT NULL,
	"answers" jsonb,
	"correct" integer,
	"total" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning_exam_answers" (
	"attempt_id" integer NOT NULL,
	"question_id" integer NOT NULL,
	"answer" text[] NOT NULL,
	"correct" boolean,
	"points" numeric(7, 2),
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_exam_answers_attempt_id_question_id_pk" PRIMARY KEY("attempt_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "learning_exam_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"exam_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"items" jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"auto_submitted" boolean DEFAULT false NOT NULL,
	"score" numeric(7, 2),
	"total_points" numeric(7, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_exams" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"audience_paths" text[] DEFAULT '{}' NOT NULL,
	"time_limit_minutes" integer NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"sections" jsonb NOT NULL,
	"pass_score" numeric(7, 2),
	"status" text DEFAULT 'published' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_lesson_completions" (
	"person_id" integer NOT NULL,
	"content_id" integer NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_lesson_completions_person_id_content_id_pk" PRIMARY KEY("person_id","content_id")
);
--> statement-breakpoint
CREATE TABLE "learning_questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"stem" text NOT NULL,
	"options" text[] DEFAULT '{}' NOT NULL,
	"answer" text[] NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"difficulty" integer DEFAULT 3 NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"content_hash" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning_tag_assignments" (
	"org_id" integer PRIMARY KEY NOT NULL,
	"org_path" text NOT NULL,
	"tags" text[] NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_wrong_answers" (
	"person_id" integer NOT NULL,
	"question_id" integer NOT NULL,
	"wrong_count" integer DEFAULT 1 NOT NULL,
	"correct_streak" integer DEFAULT 0 NOT NULL,
	"last_answer" text[] DEFAULT '{}' NOT NULL,
	"source" text NOT NULL,
	"first_wrong_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_wrong_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_wrong_answers_person_id_question_id_pk" PRIMARY KEY("person_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "practice_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"storage_key" text NOT NULL,
	"mime" text NOT NULL,
	"size" bigint NOT NULL,
	"original_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_project_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"member_count" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"project_id" integer,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_comment" text,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"content_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_attendance" ADD CONSTRAINT "activity_attendance_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_photos" ADD CONSTRAINT "activity_photos_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signups" ADD CONSTRAINT "activity_signups_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_files" ADD CONSTRAINT "content_files_item_id_content_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_reads" ADD CONSTRAINT "content_reads_item_id_content_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_awards" ADD CONSTRAINT "contest_awards_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_awards" ADD CONSTRAINT "contest_awards_round_id_contest_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contest_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_players" ADD CONSTRAINT "contest_players_round_id_contest_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contest_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_rounds" ADD CONSTRAINT "contest_rounds_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_teams" ADD CONSTRAINT "contest_teams_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_course_assignments" ADD CONSTRAINT "learning_course_assignments_course_id_learning_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."learning_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_course_completions" ADD CONSTRAINT "learning_course_completions_course_id_learning_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."learning_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_course_lessons" ADD CONSTRAINT "learning_course_lessons_course_id_learning_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."learning_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_exam_answers" ADD CONSTRAINT "learning_exam_answers_attempt_id_learning_exam_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."learning_exam_attempts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_exam_attempts" ADD CONSTRAINT "learning_exam_attempts_exam_id_learning_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."learning_exams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_attachments" ADD CONSTRAINT "practice_attachments_report_id_practice_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."practice_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_project_members" ADD CONSTRAINT "practice_project_members_project_id_practice_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."practice_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reports" ADD CONSTRAINT "practice_reports_project_id_practice_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."practice_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_account_idx" ON "audit_log" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_username_uq" ON "accounts" USING btree ("username");--> statement-breakpoint
CREATE INDEX "accounts_person_idx" ON "accounts" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "role_assignments_uq" ON "role_assignments" USING btree ("account_id","role","org_id");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_uq" ON "jobs" USING btree ("name","dedupe_key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE done_at IS NULL;--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_account_idx" ON "notifications" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "orgs_path_idx" ON "orgs" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orgs_parent_idx" ON "orgs" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orgs_parent_name_uq" ON "orgs" USING btree (coalesce("parent_id", 0),"name");--> statement-breakpoint
CREATE UNIQUE INDEX "people_id_number_uq" ON "people" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "people_org_idx" ON "people" USING btree ("org_id","id");--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_idem_uq" ON "points_ledger" USING btree ("person_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "points_ledger_day_idx" ON "points_ledger" USING btree ("person_id","rule_code","day");--> statement-breakpoint
CREATE INDEX "points_ledger_org_idx" ON "points_ledger" USING btree ("org_path");--> statement-breakpoint
CREATE INDEX "activities_org_path_idx" ON "activities" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "activities_starts_idx" ON "activities" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_attendance_uq" ON "activity_attendance" USING btree ("activity_id","person_id");--> statement-breakpoint
CREATE INDEX "activity_photos_activity_idx" ON "activity_photos" USING btree ("activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_signups_uq" ON "activity_signups" USING btree ("activity_id","person_id");--> statement-breakpoint
CREATE INDEX "activity_signups_person_idx" ON "activity_signups" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_calendar_person_uq" ON "activity_calendar_tokens" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_calendar_org_uq" ON "activity_calendar_tokens" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_files_slot_uq" ON "content_files" USING btree ("item_id","slot");--> statement-breakpoint
CREATE INDEX "content_items_org_path_idx" ON "content_items" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "content_items_status_idx" ON "content_items" USING btree ("status","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "content_items_source_uq" ON "content_items" USING btree ("source");--> statement-breakpoint
CREATE INDEX "content_reads_person_idx" ON "content_reads" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "contest_answers_round_q_idx" ON "contest_answers" USING btree ("round_id","question_index");--> statement-breakpoint
CREATE INDEX "contest_awards_round_idx" ON "contest_awards" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "contest_awards_person_idx" ON "contest_awards" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_players_uq" ON "contest_players" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_players_token_uq" ON "contest_players" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "contest_rounds_contest_idx" ON "contest_rounds" USING btree ("contest_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_rounds_code_uq" ON "contest_rounds" USING btree ("code");--> statement-breakpoint
CREATE INDEX "contest_teams_contest_idx" ON "contest_teams" USING btree ("contest_id");--> statement-breakpoint
CREATE INDEX "contests_org_path_idx" ON "contests" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "demand_callbacks_demand_idx" ON "demand_callbacks" USING btree ("district_code","demand_id");--> statement-breakpoint
CREATE INDEX "demand_daily_rollup_path_idx" ON "demand_daily_rollup" USING btree ("org_path" text_pattern_ops,"day");--> statement-breakpoint
CREATE UNIQUE INDEX "demand_dispatch_rules_uq" ON "demand_dispatch_rules" USING btree ("category_code","district_code");--> statement-breakpoint
CREATE INDEX "demand_events_demand_idx" ON "demand_events" USING btree ("district_code","demand_id","at");--> statement-breakpoint
CREATE INDEX "demand_extensions_demand_idx" ON "demand_extensions" USING btree ("district_code","demand_id");--> statement-breakpoint
CREATE INDEX "demand_photos_demand_idx" ON "demand_photos" USING btree ("district_code","demand_id");--> statement-breakpoint
CREATE UNIQUE INDEX "demands_tracking_uq" ON "demands" USING btree ("district_code","tracking_code");--> statement-breakpoint
CREATE UNIQUE INDEX "demands_client_request_uq" ON "demands" USING btree ("district_code","channel","client_key","client_request_id");--> statement-breakpoint
CREATE INDEX "demands_id_idx" ON "demands" USING btree ("id");--> statement-breakpoint
CREATE INDEX "demands_org_path_idx" ON "demands" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "demands_status_due_idx" ON "demands" USING btree ("status","resolution_due_at");--> statement-breakpoint
CREATE INDEX "demands_received_idx" ON "demands" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "demands_category_district_idx" ON "demands" USING btree ("category_code","district_code","received_at");--> statement-breakpoint
CREATE INDEX "demands_search_idx" ON "demands" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "open311_api_keys_hash_uq" ON "open311_api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "learning_course_assignments_path_idx" ON "learning_course_assignments" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "learning_course_lessons_content_idx" ON "learning_course_lessons" USING btree ("content_id");--> statement-breakpoint
CREATE INDEX "learning_courses_org_path_idx" ON "learning_courses" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "learning_daily_quizzes_uq" ON "learning_daily_quizzes" USING btree ("person_id","day");--> statement-breakpoint
CREATE INDEX "learning_exam_answers_question_idx" ON "learning_exam_answers" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_exam_attempts_uq" ON "learning_exam_attempts" USING btree ("exam_id","person_id");--> statement-breakpoint
CREATE INDEX "learning_exam_attempts_open_idx" ON "learning_exam_attempts" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "learning_exams_org_path_idx" ON "learning_exams" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "learning_questions_org_path_idx" ON "learning_questions" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "learning_questions_tags_idx" ON "learning_questions" USING gin ("tags");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_questions_hash_uq" ON "learning_questions" USING btree ("org_id","content_hash") WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX "practice_attachments_report_idx" ON "practice_attachments" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_project_members_uq" ON "practice_project_members" USING btree ("project_id","person_id");--> statement-breakpoint
CREATE INDEX "practice_project_members_person_idx" ON "practice_project_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "practice_projects_org_path_idx" ON "practice_projects" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "practice_projects_title_uq" ON "practice_projects" USING btree ("org_id","title");--> statement-breakpoint
CREATE INDEX "practice_reports_org_path_idx" ON "practice_reports" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "practice_reports_person_idx" ON "practice_reports" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "practice_reports_status_idx" ON "practice_reports" USING btree ("status");