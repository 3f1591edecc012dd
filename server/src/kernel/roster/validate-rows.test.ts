import { afterEach, describe, expect, it, vi } from 'vitest';
import { rosterColumns } from './columns.js';
import { personSpec, rowFor } from './roster.fixtures.js';
import type { RawRow } from './parse-workbook.js';
import type { OrgLookup } from './org-paths.js';
import { validateRows } from './validate-rows.js';

const org: OrgLookup = { org: { id: 1, path: '/1/', name: '测试支部', fullName: '测试支部' } as never };

function rowJoiningOn(day: string): RawRow {
  const values = rowFor(personSpec(1, '测试支部'));
  const cells = Object.fromEntries(rosterColumns.map((c, i) => [c.key, values[i]]));
  return { row: 2, cells: { ...cells, joinDate: day } };
}

describe('roster dates are judged on the Asia/Shanghai calendar, whatever TZ the server runs in', () => {
  afterEach(() => vi.useRealTimers());

  it('at 01:00 Beijing time (17:00 UTC the day before) a member who joined today is not "in the future"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-01T01:00:00+08:00'));
    const ok = await validateRows([rowJoiningOn('2026-07-01')], () => org, async () => new Set());
    expect(ok.errors).toEqual([]);
    const tomorrow = await validateRows([rowJoiningOn('2026-07-02')], () => org, async () => new Set());
    expect(tomorrow.errors.map((e) => e.field)).toEqual(['joinDate']);
  });
});
