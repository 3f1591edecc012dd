DROP INDEX "people_name_idx";--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "subtree_member_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "people_name_id_idx" ON "people" USING btree ("name","id");--> statement-breakpoint
-- Each organisation also keeps the people of its whole subtree, so a scope's unfiltered member total is one row per
-- scope root. A path ('/1/7/42/') lists the ids of the organisation and all its ancestors.
CREATE FUNCTION org_path_ids(path text) RETURNS int[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN path = '' THEN '{}'::int[] ELSE string_to_array(trim(both '/' from path), '/')::int[] END
$$;
--> statement-breakpoint
-- Applies member deltas per organisation to its own count and to the subtree counts of it and its ancestors. The rows
-- are locked in id order first, so two writers touching the same ancestors (the committee always) cannot deadlock.
CREATE FUNCTION org_apply_member_deltas(ids int[], ns int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM orgs
    WHERE id IN (SELECT unnest(org_path_ids(o.path)) FROM orgs o WHERE o.id = ANY(ids) UNION SELECT unnest(ids))
    ORDER BY id FOR UPDATE;
  UPDATE orgs o SET member_count = o.member_count + d.n
    FROM unnest(ids, ns) AS d(org_id, n)
   WHERE o.id = d.org_id AND d.n <> 0;
  UPDATE orgs a SET subtree_member_count = a.subtree_member_count + s.n
    FROM (SELECT x.id, sum(d.n)::int AS n
            FROM unnest(ids, ns) AS d(org_id, n)
            JOIN orgs o ON o.id = d.org_id
            CROSS JOIN LATERAL unnest(org_path_ids(o.path)) AS x(id)
           GROUP BY x.id) s
   WHERE a.id = s.id AND s.n <> 0;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION org_member_counts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids int[];
  ns int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(org_id), array_agg(n) INTO ids, ns
      FROM (SELECT org_id, count(*)::int AS n FROM new_rows GROUP BY org_id) d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(org_id), array_agg(-n) INTO ids, ns
      FROM (SELECT org_id, count(*)::int AS n FROM old_rows GROUP BY org_id) d;
  ELSE
    SELECT array_agg(org_id), array_agg(n) INTO ids, ns
      FROM (SELECT org_id, sum(n)::int AS n
              FROM (SELECT org_id, 1 AS n FROM new_rows UNION ALL SELECT org_id, -1 FROM old_rows) u
             GROUP BY org_id HAVING sum(n) <> 0) d;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM org_apply_member_deltas(ids, ns);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Every subtree count from the organisations' own counts; only rows that differ are written.
CREATE FUNCTION org_subtree_counts_refresh() RETURNS void LANGUAGE sql AS $$
  UPDATE orgs a SET subtree_member_count = coalesce(s.n, 0)
    FROM orgs b
    LEFT JOIN (SELECT x.id, sum(o.member_count)::int AS n
                 FROM orgs o CROSS JOIN LATERAL unnest(org_path_ids(o.path)) AS x(id)
                GROUP BY x.id) s ON s.id = b.id
   WHERE a.id = b.id AND a.subtree_member_count <> coalesce(s.n, 0);
$$;
--> statement-breakpoint
-- A new organisation gets its path, or a subtree is moved: the subtree counts along the old and new paths change.
-- Statement triggers fire for the count updates above too; those change no path and end here.
CREATE FUNCTION org_subtree_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.path IS DISTINCT FROM o.path) THEN
    PERFORM org_subtree_counts_refresh();
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER org_subtree_moves AFTER UPDATE ON orgs
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION org_subtree_moves();
--> statement-breakpoint
SELECT org_subtree_counts_refresh();
