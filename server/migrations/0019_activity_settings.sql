ALTER TABLE "activity_categories" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "activity_types" ADD COLUMN "active" boolean DEFAULT true NOT NULL;