CREATE TABLE "demand_lookup_codes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "demand_lookup_codes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"phone_hash" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "demand_categories" ADD COLUMN "urgent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "demand_photos" ADD COLUMN "kind" text DEFAULT 'citizen' NOT NULL;--> statement-breakpoint
ALTER TABLE "demands" ADD COLUMN "first_answered_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "demand_lookup_codes_phone_idx" ON "demand_lookup_codes" USING btree ("phone_hash","created_at");--> statement-breakpoint
CREATE INDEX "demands_phone_hash_idx" ON "demands" USING btree ("phone_hash");--> statement-breakpoint
ALTER TABLE "demand_photos" ADD CONSTRAINT "demand_photos_kind_ck" CHECK ("demand_photos"."kind" IN ('citizen', 'result'));--> statement-breakpoint
UPDATE "demand_categories" SET "urgent" = true WHERE "code" = 'emergency';--> statement-breakpoint
UPDATE "demands" d SET "first_answered_at" = e.first_at
  FROM (SELECT district_code, demand_id, min(at) AS first_at FROM demand_events WHERE action = 'answer' GROUP BY district_code, demand_id) e
  WHERE e.district_code = d.district_code AND e.demand_id = d.id;--> statement-breakpoint
UPDATE "demands" SET "first_answered_at" = "answered_at" WHERE "first_answered_at" IS NULL AND "answered_at" IS NOT NULL;
