-- The bookings' exclusion constraint compares venue ids (=) beside time ranges (&&) in one GiST index.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE TABLE "bases_bookings" (
	"id" serial PRIMARY KEY NOT NULL,
	"venue_id" integer NOT NULL,
	"activity_id" integer,
	"title" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"during" "tstzrange" GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED NOT NULL,
	"status" text NOT NULL,
	"expected_attendees" integer DEFAULT 0 NOT NULL,
	"attendees" integer,
	"note" text DEFAULT '' NOT NULL,
	"requested_by" integer,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bases_bookings_range_ck" CHECK ("bases_bookings"."ends_at" > "bases_bookings"."starts_at"),
	CONSTRAINT "bases_bookings_attendees_ck" CHECK ("bases_bookings"."expected_attendees" >= 0 AND ("bases_bookings"."attendees" IS NULL OR "bases_bookings"."attendees" >= 0))
);
--> statement-breakpoint
CREATE TABLE "bases_brand_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"brand_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"level" text,
	"awarded_by" text,
	"happened_on" date NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bases_brand_entries_level_ck" CHECK (("bases_brand_entries"."kind" = 'honour') = ("bases_brand_entries"."level" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "bases_brands" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"linked_modules" text[] DEFAULT '{}' NOT NULL,
	"metric_names" text[] DEFAULT '{}' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bases_project_activities" (
	"project_id" integer NOT NULL,
	"activity_id" integer NOT NULL,
	CONSTRAINT "bases_project_activities_project_id_activity_id_pk" PRIMARY KEY("project_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "bases_project_members" (
	"project_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" text DEFAULT 'trainee' NOT NULL,
	"joined_on" date NOT NULL,
	CONSTRAINT "bases_project_members_project_id_person_id_pk" PRIMARY KEY("project_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "bases_project_milestones" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"due_on" date NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bases_project_progress" (
	"milestone_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"completed_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" integer,
	CONSTRAINT "bases_project_progress_milestone_id_person_id_pk" PRIMARY KEY("milestone_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "bases_project_results" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"achieved_on" date NOT NULL,
	"file_key" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bases_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" text DEFAULT 'running' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bases_projects_range_ck" CHECK ("bases_projects"."ends_on" IS NULL OR "bases_projects"."ends_on" >= "bases_projects"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "bases_venue_closures" (
	"id" serial PRIMARY KEY NOT NULL,
	"venue_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bases_venue_closures_range_ck" CHECK ("bases_venue_closures"."ends_at" > "bases_venue_closures"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "bases_venue_photos" (
	"id" serial PRIMARY KEY NOT NULL,
	"venue_id" integer NOT NULL,
	"file_key" text NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bases_venues" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"district_code" text NOT NULL,
	"street_code" text,
	"address" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"facilities" text[] DEFAULT '{}' NOT NULL,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"needs_approval" boolean DEFAULT false NOT NULL,
	"shared" boolean DEFAULT true NOT NULL,
	"designated_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"feed_token" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bases_venues_capacity_ck" CHECK ("bases_venues"."capacity" > 0),
	CONSTRAINT "bases_venues_point_ck" CHECK ("bases_venues"."kind" <> 'demonstration_point' OR "bases_venues"."designated_on" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "bases_bookings" ADD CONSTRAINT "bases_bookings_venue_id_bases_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."bases_venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_brand_entries" ADD CONSTRAINT "bases_brand_entries_brand_id_bases_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."bases_brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_project_activities" ADD CONSTRAINT "bases_project_activities_project_id_bases_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."bases_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_project_members" ADD CONSTRAINT "bases_project_members_project_id_bases_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."bases_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_project_milestones" ADD CONSTRAINT "bases_project_milestones_project_id_bases_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."bases_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_project_progress" ADD CONSTRAINT "bases_project_progress_milestone_id_bases_project_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."bases_project_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_project_results" ADD CONSTRAINT "bases_project_results_project_id_bases_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."bases_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_venue_closures" ADD CONSTRAINT "bases_venue_closures_venue_id_bases_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."bases_venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_venue_photos" ADD CONSTRAINT "bases_venue_photos_venue_id_bases_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."bases_venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bases_bookings_venue_idx" ON "bases_bookings" USING btree ("venue_id","starts_at");--> statement-breakpoint
CREATE INDEX "bases_bookings_org_path_idx" ON "bases_bookings" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "bases_bookings_status_idx" ON "bases_bookings" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "bases_bookings_activity_idx" ON "bases_bookings" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "bases_brand_entries_brand_idx" ON "bases_brand_entries" USING btree ("brand_id","happened_on");--> statement-breakpoint
CREATE UNIQUE INDEX "bases_brands_code_uq" ON "bases_brands" USING btree ("code");--> statement-breakpoint
CREATE INDEX "bases_brands_org_path_idx" ON "bases_brands" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "bases_project_members_person_idx" ON "bases_project_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "bases_project_milestones_project_idx" ON "bases_project_milestones" USING btree ("project_id","sort");--> statement-breakpoint
CREATE INDEX "bases_project_results_project_idx" ON "bases_project_results" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "bases_projects_org_path_idx" ON "bases_projects" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "bases_projects_name_uq" ON "bases_projects" USING btree ("name");--> statement-breakpoint
CREATE INDEX "bases_venue_closures_venue_idx" ON "bases_venue_closures" USING btree ("venue_id","starts_at");--> statement-breakpoint
CREATE INDEX "bases_venue_photos_venue_idx" ON "bases_venue_photos" USING btree ("venue_id");--> statement-breakpoint
CREATE INDEX "bases_venues_org_path_idx" ON "bases_venues" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "bases_venues_kind_idx" ON "bases_venues" USING btree ("kind","status");--> statement-breakpoint
CREATE UNIQUE INDEX "bases_venues_feed_token_uq" ON "bases_venues" USING btree ("feed_token");--> statement-breakpoint
CREATE UNIQUE INDEX "bases_venues_name_uq" ON "bases_venues" USING btree ("name") WHERE "bases_venues"."status" = 'active';--> statement-breakpoint
-- Two bookings of a venue that hold their slot (pending or approved) never overlap: the database refuses the
-- second, whoever commits it, so two concurrent requests cannot both win.
ALTER TABLE "bases_bookings" ADD CONSTRAINT "bases_bookings_no_overlap" EXCLUDE USING gist ("venue_id" WITH =, "during" WITH &&) WHERE ("status" IN ('pending', 'approved'));
