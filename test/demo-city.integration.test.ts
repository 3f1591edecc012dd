import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, rows } from '../server/src/kernel/db/client.js';
import { isValidIdNumber } from '../server/src/kernel/org/id-number.js';
import { seedDemoCity, type SeedCityOptions } from '../server/src/seed/demo-city.js';

async function city(opts: Partial<SeedCityOptions> & Pick<SeedCityOptions, 'scale'>) {
  const database = await openDatabase({});
  await migrateDatabase(database);
  const accounts = await seedDemoCity(database.db, { demoPassword: 'Vanguard@2026', today: '2026-07-01', ...opts });
  const people = await rows<{ name: string; birth_date: string; id_number: string; path: string; party_status: string }>(
    database.db,
    sql`SELECT p.name, p.birth_date::text AS birth_date, p.id_number, o.path, p.party_status FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id`,
  );
  const kinds = await rows<{ kind: string; n: number }>(database.db, sql`SELECT kind, count(*)::int AS n FROM orgs GROUP BY kind`);
  const again = await seedDemoCity(database.db, { demoPassword: 'Vanguard@2026', ...opts });
  const [{ n: total }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM people`);
  await database.close();
  const digest = createHash('sha256').update(JSON.stringify(people)).digest('hex');
  const young = people.filter((p) => p.birth_date > '1990-07-01').length / people.length;
  return { accounts, people, digest, kinds: Object.fromEntries(kinds.map((k) => [k.kind, k.n])), young, again, total };
}

describe('demo city generator', () => {
  it('is deterministic for a seed, different for another, and idempotent', async () => {
    const a = await city({ scale: 'tiny', seed: 7 });
    const b = await city({ scale: 'tiny', seed: 7 });
    const c = await city({ scale: 'tiny', seed: 8 });
    expect(a.digest).toBe(b.digest);
    expect(c.digest).not.toBe(a.digest);
    expect(a.again).toEqual([]); // a second run finds the marker and adds nothing
    expect(a.total).toBe(a.people.length);
    expect(a.accounts.map((x) => x.role).sort()).toEqual(
      ['branch_secretary', 'committee_admin', 'community_staff', 'entrepreneur', 'handler', 'member', 'org_admin', 'org_admin', 'reviewer'].sort(),
    );
  });

  it('builds a city of about 60 agencies, 1,000 branches and 20,000 members with valid ID numbers and the young-cadre share asked for', async () => {
    const x = await city({ scale: 'city', youngRatio: 0.4 });
    expect(x.kinds.committee).toBe(1);
    expect(x.kinds.party_committee).toBeGreaterThanOrEqual(55);
    expect(x.kinds.branch).toBe(1000);
    expect(x.people.length).toBeGreaterThan(18_000);
    expect(x.people.length).toBeLessThan(22_000);
    expect(x.people.every((p) => isValidIdNumber(p.id_number))).toBe(true);
    expect(new Set(x.people.map((p) => p.id_number)).size).toBe(x.people.length);
    expect(x.young).toBeGreaterThan(0.36);
    expect(x.young).toBeLessThan(0.44);
    expect(x.people.filter((p) => p.party_status === '正式党员').length / x.people.length).toBeGreaterThan(0.75);
    const fewer = await city({ scale: 'small', youngRatio: 0.1 });
    expect(fewer.young).toBeLessThan(0.14);
  });
});
