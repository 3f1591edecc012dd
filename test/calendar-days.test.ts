import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The city lives on Qingdao's calendar (Asia/Shanghai) whatever time zone the database session has (UTC on most
// servers): a day in SQL is `(… AT TIME ZONE 'Asia/Shanghai')::date`, never the session's own day, which is yesterday
// between 00:00 and 08:00 in Qingdao.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** The database session's day or time of day, or a timestamp cast to a day without naming the zone. */
const sessionDay = /\bcurrent_date\b|\bcurrent_time\b|\blocaltime(stamp)?\b|\bnow\(\)\s*::\s*date\b|\bdate_trunc\(\s*'(day|week|month|quarter|year)'\s*,\s*now\(\)\s*\)|\b\w+_at\s*::\s*date\b/i;

function sessionDayLines(text: string): string[] {
  return text.split('\n').filter((line) => sessionDay.test(line) && !/AT TIME ZONE/i.test(line));
}

describe("SQL counts days on Qingdao's calendar", () => {
  it('finds what it looks for', () => {
    expect(sessionDayLines("WHERE current_date BETWEEN a AND b\nWHERE (now() AT TIME ZONE 'Asia/Shanghai')::date = d\nx.created_at::date")).toEqual([
      'WHERE current_date BETWEEN a AND b',
      'x.created_at::date',
    ]);
  });

  it("no server code or migration takes the database session's day", () => {
    const found = [...files(join(root, 'server/src'), /\.ts$/), ...files(join(root, 'server/migrations'), /\.sql$/)].flatMap((f) =>
      sessionDayLines(readFileSync(f, 'utf8')).map((line) => `${relative(root, f)}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
