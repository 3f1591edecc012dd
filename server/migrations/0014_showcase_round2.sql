ALTER TABLE "showcase_competitions" ADD COLUMN "review_round" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "showcase_submissions" ADD COLUMN "shortlisted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "showcase_competitions" ADD CONSTRAINT "showcase_competitions_round_ck" CHECK ("showcase_competitions"."review_round" IN (1, 2));