ALTER TABLE "activities" ADD COLUMN "attended_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "service_hours_total" numeric(12, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
-- Each activity keeps the number of its attendance rows and the sum of their service hours, so the figures
-- add up activities instead of every attendance; statement triggers with transition tables apply one change
-- per activity however many rows a statement touches.
CREATE FUNCTION activity_attendance_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE activities a SET attended_count = a.attended_count + d.n, service_hours_total = a.service_hours_total + d.h
      FROM (SELECT activity_id, count(*)::int AS n, coalesce(sum(service_hours), 0) AS h FROM new_rows GROUP BY activity_id) d
     WHERE a.id = d.activity_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE activities a SET attended_count = a.attended_count - d.n, service_hours_total = a.service_hours_total - d.h
      FROM (SELECT activity_id, count(*)::int AS n, coalesce(sum(service_hours), 0) AS h FROM old_rows GROUP BY activity_id) d
     WHERE a.id = d.activity_id;
  ELSE
    UPDATE activities a SET attended_count = a.attended_count + d.n, service_hours_total = a.service_hours_total + d.h
      FROM (SELECT activity_id, sum(n)::int AS n, sum(h) AS h
              FROM (SELECT activity_id, 1 AS n, coalesce(service_hours, 0) AS h FROM new_rows
                    UNION ALL SELECT activity_id, -1, -coalesce(service_hours, 0) FROM old_rows) u
             GROUP BY activity_id) d
     WHERE a.id = d.activity_id AND (d.n <> 0 OR d.h <> 0);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER activity_attendance_totals_insert AFTER INSERT ON activity_attendance
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_attendance_totals();
--> statement-breakpoint
CREATE TRIGGER activity_attendance_totals_update AFTER UPDATE ON activity_attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_attendance_totals();
--> statement-breakpoint
CREATE TRIGGER activity_attendance_totals_delete AFTER DELETE ON activity_attendance
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_attendance_totals();
--> statement-breakpoint
UPDATE activities a SET attended_count = d.n, service_hours_total = d.h
  FROM (SELECT activity_id, count(*)::int AS n, coalesce(sum(service_hours), 0) AS h FROM activity_attendance GROUP BY activity_id) d
 WHERE a.id = d.activity_id;
