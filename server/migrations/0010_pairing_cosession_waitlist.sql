ALTER TABLE "pairing_cosession_signups" ADD COLUMN "status" text DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
ALTER TABLE "pairing_cosession_signups" ADD COLUMN "promoted_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "pairing_cosession_signups_waitlist_idx" ON "pairing_cosession_signups" USING btree ("activity_id","signed_up_at") WHERE "pairing_cosession_signups"."status" = 'waitlisted' AND "pairing_cosession_signups"."cancelled_at" IS NULL;--> statement-breakpoint
ALTER TABLE "pairing_cosession_signups" ADD CONSTRAINT "pairing_cosession_signups_waitlisted_ck" CHECK ("pairing_cosession_signups"."status" <> 'waitlisted' OR "pairing_cosession_signups"."checked_in_at" IS NULL);--> statement-breakpoint
UPDATE "pairing_cosession_signups" SET "status" = 'walk_in' WHERE "checked_in_at" IS NOT NULL AND "signed_up_at" = "checked_in_at";
