CREATE TABLE "pairing_cosession_signups" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"entrepreneur_id" integer NOT NULL,
	"signed_up_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"checkin_method" text,
	"org_path" text NOT NULL,
	CONSTRAINT "pairing_cosession_signups_checkin_ck" CHECK (("pairing_cosession_signups"."checked_in_at" IS NULL) = ("pairing_cosession_signups"."checkin_method" IS NULL)),
	CONSTRAINT "pairing_cosession_signups_cancelled_ck" CHECK ("pairing_cosession_signups"."cancelled_at" IS NULL OR "pairing_cosession_signups"."checked_in_at" IS NULL)
);
--> statement-breakpoint
ALTER TABLE "pairing_cosession_signups" ADD CONSTRAINT "pairing_cosession_signups_entrepreneur_id_pairing_entrepreneurs_id_fk" FOREIGN KEY ("entrepreneur_id") REFERENCES "public"."pairing_entrepreneurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pairing_cosession_signups_uq" ON "pairing_cosession_signups" USING btree ("activity_id","entrepreneur_id");--> statement-breakpoint
CREATE INDEX "pairing_cosession_signups_entrepreneur_idx" ON "pairing_cosession_signups" USING btree ("entrepreneur_id","signed_up_at");--> statement-breakpoint
CREATE INDEX "pairing_cosession_signups_checked_in_idx" ON "pairing_cosession_signups" USING btree ("checked_in_at");