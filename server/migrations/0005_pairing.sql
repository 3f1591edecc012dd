CREATE TABLE "pairing_concerns" (
	"district_code" text NOT NULL,
	"demand_id" bigint NOT NULL,
	"entrepreneur_id" integer NOT NULL,
	"pair_id" integer,
	"cadre_person_id" integer,
	"category" text NOT NULL,
	"sector" text NOT NULL,
	"org_path" text NOT NULL,
	"raised_as" text NOT NULL,
	"raised_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pairing_concerns_district_code_demand_id_pk" PRIMARY KEY("district_code","demand_id")
);
--> statement-breakpoint
CREATE TABLE "pairing_contact_logs" (
	"id" serial PRIMARY KEY NOT NULL,
	"pair_id" integer NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"follow_up_due" date,
	"happened_at" timestamp with time zone NOT NULL,
	"written_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pairing_entrepreneurs" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"birth_date" date,
	"position" text DEFAULT '' NOT NULL,
	"company" text NOT NULL,
	"credit_code" text NOT NULL,
	"sector" text NOT NULL,
	"district_code" text NOT NULL,
	"size" text NOT NULL,
	"phone" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"reject_reason" text,
	"account_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pairing_entrepreneurs_rejected_ck" CHECK (("pairing_entrepreneurs"."status" = 'rejected') = ("pairing_entrepreneurs"."reject_reason" IS NOT NULL)),
	CONSTRAINT "pairing_entrepreneurs_reviewed_ck" CHECK (("pairing_entrepreneurs"."status" = 'pending') = ("pairing_entrepreneurs"."reviewed_at" IS NULL)),
	CONSTRAINT "pairing_entrepreneurs_account_ck" CHECK ("pairing_entrepreneurs"."account_id" IS NULL OR "pairing_entrepreneurs"."status" = 'approved')
);
--> statement-breakpoint
CREATE TABLE "pairing_pairs" (
	"id" serial PRIMARY KEY NOT NULL,
	"cadre_person_id" integer NOT NULL,
	"entrepreneur_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"started_by" integer,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_by" integer,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "pairing_pairs_ended_ck" CHECK (("pairing_pairs"."ended_at" IS NULL) = ("pairing_pairs"."end_reason" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "pairing_research_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"topic_id" integer NOT NULL,
	"title" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"activity_id" integer,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pairing_research_outputs" (
	"id" serial PRIMARY KEY NOT NULL,
	"topic_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"file_key" text,
	"content_id" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"published_at" timestamp with time zone,
	CONSTRAINT "pairing_research_outputs_published_ck" CHECK (("pairing_research_outputs"."status" = 'published') = ("pairing_research_outputs"."published_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "pairing_research_participants" (
	"id" serial PRIMARY KEY NOT NULL,
	"topic_id" integer NOT NULL,
	"side" text NOT NULL,
	"person_id" integer,
	"entrepreneur_id" integer,
	"role" text DEFAULT 'member' NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp with time zone,
	"added_by" integer,
	CONSTRAINT "pairing_research_participants_side_ck" CHECK (("pairing_research_participants"."side" = 'cadre' AND "pairing_research_participants"."person_id" IS NOT NULL AND "pairing_research_participants"."entrepreneur_id" IS NULL) OR ("pairing_research_participants"."side" = 'entrepreneur' AND "pairing_research_participants"."entrepreneur_id" IS NOT NULL AND "pairing_research_participants"."person_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "pairing_research_topics" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"field" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pairing_research_topics_ended_ck" CHECK (("pairing_research_topics"."status" = 'active') = ("pairing_research_topics"."ended_on" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "pairing_concerns" ADD CONSTRAINT "pairing_concerns_entrepreneur_id_pairing_entrepreneurs_id_fk" FOREIGN KEY ("entrepreneur_id") REFERENCES "public"."pairing_entrepreneurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_concerns" ADD CONSTRAINT "pairing_concerns_pair_id_pairing_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."pairing_pairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_contact_logs" ADD CONSTRAINT "pairing_contact_logs_pair_id_pairing_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."pairing_pairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_pairs" ADD CONSTRAINT "pairing_pairs_entrepreneur_id_pairing_entrepreneurs_id_fk" FOREIGN KEY ("entrepreneur_id") REFERENCES "public"."pairing_entrepreneurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_research_meetings" ADD CONSTRAINT "pairing_research_meetings_topic_id_pairing_research_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."pairing_research_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_research_outputs" ADD CONSTRAINT "pairing_research_outputs_topic_id_pairing_research_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."pairing_research_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_research_participants" ADD CONSTRAINT "pairing_research_participants_topic_id_pairing_research_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."pairing_research_topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_research_participants" ADD CONSTRAINT "pairing_research_participants_entrepreneur_id_pairing_entrepreneurs_id_fk" FOREIGN KEY ("entrepreneur_id") REFERENCES "public"."pairing_entrepreneurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pairing_concerns_entrepreneur_idx" ON "pairing_concerns" USING btree ("entrepreneur_id","created_at");--> statement-breakpoint
CREATE INDEX "pairing_concerns_cadre_idx" ON "pairing_concerns" USING btree ("cadre_person_id","created_at");--> statement-breakpoint
CREATE INDEX "pairing_concerns_category_idx" ON "pairing_concerns" USING btree ("category","created_at");--> statement-breakpoint
CREATE INDEX "pairing_concerns_org_path_idx" ON "pairing_concerns" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "pairing_contact_logs_pair_idx" ON "pairing_contact_logs" USING btree ("pair_id","happened_at");--> statement-breakpoint
CREATE INDEX "pairing_contact_logs_happened_idx" ON "pairing_contact_logs" USING btree ("happened_at");--> statement-breakpoint
CREATE INDEX "pairing_entrepreneurs_org_path_idx" ON "pairing_entrepreneurs" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "pairing_entrepreneurs_status_idx" ON "pairing_entrepreneurs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "pairing_entrepreneurs_sector_idx" ON "pairing_entrepreneurs" USING btree ("sector");--> statement-breakpoint
CREATE UNIQUE INDEX "pairing_entrepreneurs_person_uq" ON "pairing_entrepreneurs" USING btree ("credit_code","name") WHERE "pairing_entrepreneurs"."status" <> 'rejected';--> statement-breakpoint
CREATE UNIQUE INDEX "pairing_entrepreneurs_account_uq" ON "pairing_entrepreneurs" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pairing_pairs_one_active_uq" ON "pairing_pairs" USING btree ("entrepreneur_id") WHERE "pairing_pairs"."ended_at" IS NULL;--> statement-breakpoint
CREATE INDEX "pairing_pairs_cadre_idx" ON "pairing_pairs" USING btree ("cadre_person_id","started_at");--> statement-breakpoint
CREATE INDEX "pairing_pairs_entrepreneur_idx" ON "pairing_pairs" USING btree ("entrepreneur_id","started_at");--> statement-breakpoint
CREATE INDEX "pairing_pairs_org_path_idx" ON "pairing_pairs" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "pairing_research_meetings_topic_idx" ON "pairing_research_meetings" USING btree ("topic_id","held_at");--> statement-breakpoint
CREATE INDEX "pairing_research_outputs_topic_idx" ON "pairing_research_outputs" USING btree ("topic_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "pairing_research_participants_person_uq" ON "pairing_research_participants" USING btree ("topic_id","person_id") WHERE "pairing_research_participants"."left_at" IS NULL AND "pairing_research_participants"."person_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "pairing_research_participants_entrepreneur_uq" ON "pairing_research_participants" USING btree ("topic_id","entrepreneur_id") WHERE "pairing_research_participants"."left_at" IS NULL AND "pairing_research_participants"."entrepreneur_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "pairing_research_participants_entrepreneur_idx" ON "pairing_research_participants" USING btree ("entrepreneur_id");--> statement-breakpoint
CREATE INDEX "pairing_research_participants_person_idx" ON "pairing_research_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "pairing_research_topics_org_path_idx" ON "pairing_research_topics" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "pairing_research_topics_org_title_uq" ON "pairing_research_topics" USING btree ("org_id","title");