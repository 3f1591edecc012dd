ALTER TABLE "orgs" ADD COLUMN "member_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Each organisation keeps the number of people whose organisation it is, so a scope's unfiltered member total adds
-- up organisations instead of counting every person; statement triggers with transition tables apply one change per
-- organisation however many rows a statement touches.
CREATE FUNCTION org_member_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE orgs o SET member_count = o.member_count + d.n
      FROM (SELECT org_id, count(*)::int AS n FROM new_rows GROUP BY org_id) d
     WHERE o.id = d.org_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE orgs o SET member_count = o.member_count - d.n
      FROM (SELECT org_id, count(*)::int AS n FROM old_rows GROUP BY org_id) d
     WHERE o.id = d.org_id;
  ELSE
    UPDATE orgs o SET member_count = o.member_count + d.n
      FROM (SELECT org_id, sum(n)::int AS n
              FROM (SELECT org_id, 1 AS n FROM new_rows UNION ALL SELECT org_id, -1 FROM old_rows) u
             GROUP BY org_id) d
     WHERE o.id = d.org_id AND d.n <> 0;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER org_member_counts_insert AFTER INSERT ON people
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION org_member_counts();
--> statement-breakpoint
CREATE TRIGGER org_member_counts_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION org_member_counts();
--> statement-breakpoint
CREATE TRIGGER org_member_counts_delete AFTER DELETE ON people
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION org_member_counts();
--> statement-breakpoint
UPDATE orgs o SET member_count = d.n
  FROM (SELECT org_id, count(*)::int AS n FROM people GROUP BY org_id) d
 WHERE o.id = d.org_id;
