CREATE TABLE "content_activity_links" (
	"activity_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"linked_by" integer,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_activity_links_activity_id_item_id_pk" PRIMARY KEY("activity_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "content_assignments" (
	"item_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"assigned_by" integer,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_assignments_item_id_org_id_pk" PRIMARY KEY("item_id","org_id")
);
--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "tags" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "content_reads" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content_activity_links" ADD CONSTRAINT "content_activity_links_item_id_content_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_assignments" ADD CONSTRAINT "content_assignments_item_id_content_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_activity_links_item_idx" ON "content_activity_links" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "content_assignments_path_idx" ON "content_assignments" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "content_items_category_idx" ON "content_items" USING btree ("category","status");--> statement-breakpoint
CREATE INDEX "content_items_tags_idx" ON "content_items" USING gin ("tags");--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_category_ck" CHECK (category IS NULL OR category IN ('warning_case', 'theory', 'role_model', 'micro_video', 'grassroots_report'));--> statement-breakpoint
-- Existing content gets the category its origin implies; anything else stays uncategorised (NULL) for an admin to set.
UPDATE "content_items" SET "category" = 'micro_video' WHERE "kind" = 'video' AND "category" IS NULL;--> statement-breakpoint
UPDATE "content_items" SET "category" = 'grassroots_report' WHERE "source" LIKE 'practice\_report:%' AND "category" IS NULL;--> statement-breakpoint
UPDATE "content_items" SET "category" = 'theory' WHERE "source" ~ '^seed:([0-9]+$|study:)' AND "kind" = 'article' AND "category" IS NULL;
