CREATE TABLE "communities" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"district_code" text NOT NULL,
	"street_code" text NOT NULL,
	"party_org_name" text NOT NULL,
	"phone" text,
	"address" text,
	"lat" double precision,
	"long" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_member_registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"community_id" integer NOT NULL,
	"address" text NOT NULL,
	"proof_file_key" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp with time zone,
	CONSTRAINT "community_member_reg_declined_ck" CHECK ("community_member_registrations"."status" <> 'declined' OR "community_member_registrations"."reason" IS NOT NULL),
	CONSTRAINT "community_member_reg_decided_ck" CHECK ("community_member_registrations"."status" NOT IN ('confirmed', 'declined') OR ("community_member_registrations"."decided_by" IS NOT NULL AND "community_member_registrations"."decided_at" IS NOT NULL)),
	CONSTRAINT "community_member_reg_left_ck" CHECK ("community_member_registrations"."status" <> 'left' OR "community_member_registrations"."left_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "community_org_registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"community_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"agreed_services" text[] DEFAULT '{}' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone,
	"decline_reason" text,
	"decided_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "community_org_reg_period_ck" CHECK ("community_org_registrations"."period_end" >= "community_org_registrations"."period_start"),
	CONSTRAINT "community_org_reg_confirmed_ck" CHECK ("community_org_registrations"."status" <> 'confirmed' OR ("community_org_registrations"."confirmed_by" IS NOT NULL AND "community_org_registrations"."confirmed_at" IS NOT NULL)),
	CONSTRAINT "community_org_reg_declined_ck" CHECK ("community_org_registrations"."status" <> 'declined' OR "community_org_registrations"."decline_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "community_staff" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"account_id" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_hours_certificates" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"verification_code" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"total_hours" numeric(8, 2) NOT NULL,
	"activity_count" integer NOT NULL,
	"content" jsonb NOT NULL,
	CONSTRAINT "community_hours_certificates_period_ck" CHECK ("community_hours_certificates"."period_to" >= "community_hours_certificates"."period_from")
);
--> statement-breakpoint
CREATE TABLE "community_service_hours" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"community_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"recorded_hours" numeric(6, 2) NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"adjusted_hours" numeric(6, 2),
	"adjust_reason" text,
	"adjusted_by" integer,
	"adjusted_at" timestamp with time zone,
	"hours" numeric(6, 2) GENERATED ALWAYS AS (coalesce(adjusted_hours, recorded_hours)) STORED,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone,
	"return_reason" text,
	"returned_at" timestamp with time zone,
	CONSTRAINT "community_service_hours_range_ck" CHECK ("community_service_hours"."recorded_hours" >= 0 AND ("community_service_hours"."adjusted_hours" IS NULL OR "community_service_hours"."adjusted_hours" >= 0)),
	CONSTRAINT "community_service_hours_adjust_ck" CHECK ("community_service_hours"."adjusted_hours" IS NULL OR ("community_service_hours"."adjust_reason" IS NOT NULL AND "community_service_hours"."adjusted_by" IS NOT NULL)),
	CONSTRAINT "community_service_hours_confirmed_ck" CHECK ("community_service_hours"."status" <> 'confirmed' OR ("community_service_hours"."confirmed_by" IS NOT NULL AND "community_service_hours"."confirmed_at" IS NOT NULL)),
	CONSTRAINT "community_service_hours_returned_ck" CHECK ("community_service_hours"."status" <> 'returned' OR "community_service_hours"."return_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "community_activities" (
	"activity_id" integer PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"need_id" integer,
	"claim_id" integer,
	"team_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_needs" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"type_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"people_needed" integer NOT NULL,
	"skills_wanted" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"posted_by" integer,
	"claim_deadline" timestamp with time zone NOT NULL,
	"flagged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_needs_window_ck" CHECK ("community_needs"."ends_at" > "community_needs"."starts_at"),
	CONSTRAINT "community_needs_people_ck" CHECK ("community_needs"."people_needed" > 0),
	CONSTRAINT "community_needs_deadline_ck" CHECK ("community_needs"."claim_deadline" <= "community_needs"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "community_need_claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"need_id" integer NOT NULL,
	"claimant_kind" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"team_id" integer,
	"claimed_by" integer NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activity_due_at" timestamp with time zone NOT NULL,
	"activity_id" integer,
	"status" text DEFAULT 'claimed' NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "community_need_claims_kind_ck" CHECK (("community_need_claims"."claimant_kind" = 'team') = ("community_need_claims"."team_id" IS NOT NULL)),
	CONSTRAINT "community_need_claims_scheduled_ck" CHECK ("community_need_claims"."status" NOT IN ('scheduled', 'completed') OR "community_need_claims"."activity_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "community_need_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_team_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"team_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "community_team_areas" (
	"id" serial PRIMARY KEY NOT NULL,
	"team_id" integer NOT NULL,
	"community_id" integer,
	"street_code" text,
	CONSTRAINT "community_team_areas_one_ck" CHECK (("community_team_areas"."community_id" IS NULL) <> ("community_team_areas"."street_code" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "community_volunteer_teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"captain_person_id" integer NOT NULL,
	"service_types" text[] DEFAULT '{}' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disbanded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "community_member_registrations" ADD CONSTRAINT "community_member_registrations_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_org_registrations" ADD CONSTRAINT "community_org_registrations_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_staff" ADD CONSTRAINT "community_staff_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_service_hours" ADD CONSTRAINT "community_service_hours_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_activities" ADD CONSTRAINT "community_activities_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_activities" ADD CONSTRAINT "community_activities_need_id_community_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."community_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_activities" ADD CONSTRAINT "community_activities_claim_id_community_need_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."community_need_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_activities" ADD CONSTRAINT "community_activities_team_id_community_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."community_volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_needs" ADD CONSTRAINT "community_needs_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_needs" ADD CONSTRAINT "community_needs_type_code_community_need_types_code_fk" FOREIGN KEY ("type_code") REFERENCES "public"."community_need_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_need_claims" ADD CONSTRAINT "community_need_claims_need_id_community_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."community_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_need_claims" ADD CONSTRAINT "community_need_claims_team_id_community_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."community_volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_team_members" ADD CONSTRAINT "community_team_members_team_id_community_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."community_volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_team_areas" ADD CONSTRAINT "community_team_areas_team_id_community_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."community_volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_team_areas" ADD CONSTRAINT "community_team_areas_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "communities_street_name_uq" ON "communities" USING btree ("street_code","name");--> statement-breakpoint
CREATE INDEX "communities_district_idx" ON "communities" USING btree ("district_code","street_code");--> statement-breakpoint
CREATE UNIQUE INDEX "community_member_reg_active_uq" ON "community_member_registrations" USING btree ("person_id") WHERE status IN ('pending', 'confirmed');--> statement-breakpoint
CREATE INDEX "community_member_reg_person_idx" ON "community_member_registrations" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "community_member_reg_community_idx" ON "community_member_registrations" USING btree ("community_id","status");--> statement-breakpoint
CREATE INDEX "community_org_reg_org_path_idx" ON "community_org_registrations" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "community_org_reg_community_idx" ON "community_org_registrations" USING btree ("community_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "community_org_reg_live_uq" ON "community_org_registrations" USING btree ("org_id","community_id") WHERE status IN ('proposed', 'confirmed');--> statement-breakpoint
CREATE UNIQUE INDEX "community_staff_uq" ON "community_staff" USING btree ("community_id","account_id");--> statement-breakpoint
CREATE INDEX "community_staff_account_idx" ON "community_staff" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_hours_certificates_code_uq" ON "community_hours_certificates" USING btree ("verification_code");--> statement-breakpoint
CREATE INDEX "community_hours_certificates_person_idx" ON "community_hours_certificates" USING btree ("person_id","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "community_service_hours_uq" ON "community_service_hours" USING btree ("activity_id","person_id");--> statement-breakpoint
CREATE INDEX "community_service_hours_queue_idx" ON "community_service_hours" USING btree ("community_id","status");--> statement-breakpoint
CREATE INDEX "community_service_hours_person_idx" ON "community_service_hours" USING btree ("person_id","status");--> statement-breakpoint
CREATE INDEX "community_service_hours_org_path_idx" ON "community_service_hours" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "community_activities_community_idx" ON "community_activities" USING btree ("community_id");--> statement-breakpoint
CREATE INDEX "community_activities_need_idx" ON "community_activities" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "community_activities_team_idx" ON "community_activities" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "community_needs_community_idx" ON "community_needs" USING btree ("community_id","status");--> statement-breakpoint
CREATE INDEX "community_needs_status_starts_idx" ON "community_needs" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "community_needs_type_idx" ON "community_needs" USING btree ("type_code");--> statement-breakpoint
CREATE UNIQUE INDEX "community_need_claims_live_uq" ON "community_need_claims" USING btree ("need_id") WHERE status IN ('claimed', 'scheduled', 'completed');--> statement-breakpoint
CREATE INDEX "community_need_claims_need_idx" ON "community_need_claims" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "community_need_claims_org_path_idx" ON "community_need_claims" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "community_need_claims_team_idx" ON "community_need_claims" USING btree ("team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_need_claims_activity_uq" ON "community_need_claims" USING btree ("activity_id") WHERE activity_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "community_team_members_current_uq" ON "community_team_members" USING btree ("team_id","person_id") WHERE left_at IS NULL;--> statement-breakpoint
CREATE INDEX "community_team_members_person_idx" ON "community_team_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_team_areas_community_uq" ON "community_team_areas" USING btree ("team_id","community_id") WHERE community_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "community_team_areas_street_uq" ON "community_team_areas" USING btree ("team_id","street_code") WHERE street_code IS NOT NULL;--> statement-breakpoint
CREATE INDEX "community_team_areas_community_idx" ON "community_team_areas" USING btree ("community_id");--> statement-breakpoint
CREATE INDEX "community_team_areas_street_idx" ON "community_team_areas" USING btree ("street_code");--> statement-breakpoint
CREATE UNIQUE INDEX "community_teams_org_name_uq" ON "community_volunteer_teams" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "community_teams_org_path_idx" ON "community_volunteer_teams" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "community_teams_captain_idx" ON "community_volunteer_teams" USING btree ("captain_person_id");