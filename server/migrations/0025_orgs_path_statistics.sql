-- Lists scoped to a subtree filter on orgs.path LIKE '/1/7/42/%'. With the default histogram the planner guesses a
-- branch holds about 15 organisations, not 1, walks every person in name order looking for the branch's 20 and uses
-- that guess to pick one plan for all scopes; a histogram as fine as the tree gives it the real subtree size.
ALTER TABLE "orgs" ALTER COLUMN "path" SET STATISTICS 5000;
--> statement-breakpoint
ANALYZE "orgs";
