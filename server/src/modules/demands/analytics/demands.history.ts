import { makeRandom, type Random } from '../../../seed/random.js';
import { dueAt, type DeadlineUnit, type HolidayCalendar } from '../workflow/deadlines.js';
import { qingdao } from '../config/demands.reference.js';
import { sampleText } from '../demands.seed-text.js';
import { searchTokens } from '../intake/demands.search.js';

/*
 * Realistic history for city-scale tests and benchmarks: volumes follow season, weekday and
 * hour; categories and districts have their own weights; handling times are drawn against
 * each category's deadlines so the three rates land near the published 12345 figures
 * (≈99% responded in time, ≈92% answered in time, ≈94% satisfied or basically satisfied).
 */

/** Resident population (10,000s, 2023) of each district: demands follow people. */
const population: Record<string, number> = {
  '370202': 53, '370203': 110, '370211': 195, '370212': 52, '370213': 74, '370214': 112, '370215': 136, '370281': 99, '370283': 114, '370285': 71,
};
const categoryWeight: Record<string, number> = {
  emergency: 1, water: 6, power: 4, gas: 2, heating: 6, city_mgmt: 12, roads: 8, public_transit: 3, property: 11, housing: 4, construction_noise: 6,
  environment: 5, market: 4, consumer: 7, labour: 5, social_security: 4, medical: 4, education: 4, elderly: 3, community: 5, enterprise: 2, permits: 3,
  greening: 2, parking: 6, complex: 1,
};
/** Category × month (0–11) factor: heating in winter, water and power in summer, schools in August and September … */
function seasonal(code: string, month: number): number {
  const winter = month >= 10 || month <= 2;
  const summer = month >= 5 && month <= 7;
  if (code === 'heating') return winter ? 4 : 0.2;
  if (code === 'gas') return winter ? 1.6 : 0.8;
  if (code === 'water' || code === 'power') return summer ? 1.5 : 1;
  if (code === 'construction_noise') return month >= 3 && month <= 9 ? 1.4 : 0.6;
  if (code === 'education') return month === 7 || month === 8 ? 2 : 1;
  if (code === 'labour') return month === 11 || month === 0 ? 2 : 1;
  if (code === 'greening') return month >= 2 && month <= 4 ? 1.8 : 1;
  return 1;
}
const monthVolume = [1.0, 0.85, 0.95, 1.0, 1.05, 1.1, 1.2, 1.2, 1.1, 1.0, 1.05, 1.15];
const weekdayVolume = [0.75, 1.15, 1.05, 1.05, 1.05, 1.05, 0.8]; // Sunday first
const hourVolume = [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 2, 4.5, 6.5, 6.5, 5.5, 3.5, 4.5, 5.5, 5.5, 5, 4, 3, 2.5, 2, 1.5, 1, 0.6];
const channels: [string, number][] = [['hotline', 0.7], ['web', 0.2], ['api', 0.07], ['open311', 0.03]];

const HOUR = 3600_000;
const MIN = 60_000;

export interface HistoryCategory {
  code: string;
  name: string;
  response_value: number;
  response_unit: DeadlineUnit;
  resolution_value: number;
  resolution_unit: DeadlineUnit;
}
export interface HistoryDepartment {
  id: number;
  path: string;
}

/** One generated demand, flat, ready for the column arrays of the bulk insert. */
export interface HistoryRow {
  district: string;
  street: string;
  category: string;
  channel: string;
  title: string;
  description: string;
  address: string;
  status: string;
  orgId: number | null;
  orgPath: string;
  received: number;
  dispatched: number | null;
  accepted: number | null;
  answered: number | null;
  closed: number | null;
  responseDue: number;
  resolutionDue: number;
  satisfaction: string | null;
  reopenCount: number;
  supervisionLevel: number;
  searchText: string;
  searchTokens: string;
}

function cumulative(weights: number[]): number[] {
  let s = 0;
  return weights.map((w) => (s += w));
}
function draw(r: Random, cum: number[]): number {
  const x = r.next() * cum[cum.length - 1];
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Demands per day (Asia/Shanghai) for `perYear` demands a year over [start, end), by month and weekday weights. */
export function dailyVolumes(start: string, days: number, perYear: number): { day: string; count: number }[] {
  const list: { day: string; w: number }[] = [];
  for (let i = 0; i < days; i++) {
    const d = new Date(Date.parse(`${start}T00:00:00Z`) + i * 24 * HOUR);
    list.push({ day: d.toISOString().slice(0, 10), w: monthVolume[d.getUTCMonth()] * weekdayVolume[d.getUTCDay()] });
  }
  const total = list.reduce((s, x) => s + x.w, 0);
  const target = Math.round((perYear * days) / 365);
  let carry = 0;
  return list.map((x) => {
    const exact = (target * x.w) / total + carry;
    const count = Math.floor(exact);
    carry = exact - count;
    return { day: x.day, count };
  });
}

export interface HistoryContext {
  categories: HistoryCategory[];
  /** Handling department per `${category}:${district}`. */
  departments: Map<string, HistoryDepartment>;
  rootPath: string;
  calendar: HolidayCalendar;
  now: number;
}

/** A deterministic generator of demands for one day; the same seed and day give the same rows. */
export function historyGenerator(ctx: HistoryContext, seed: number) {
  const districts = qingdao.districts.map((d) => d.code);
  const districtCum = cumulative(districts.map((d) => population[d] ?? 50));
  const streetsOf = new Map(districts.map((d) => [d, qingdao.streets.filter((s) => s.district === d)]));
  const districtNames = new Map(qingdao.districts.map((d) => [d.code, d.name]));
  const hourCum = cumulative(hourVolume);
  const channelCum = cumulative(channels.map((c) => c[1]));
  const catCumByMonth = Array.from({ length: 12 }, (_, m) => cumulative(ctx.categories.map((c) => (categoryWeight[c.code] ?? 2) * seasonal(c.code, m))));
  const tokenCache = new Map<string, string>();
  const tokens = (s: string) => {
    let t = tokenCache.get(s);
    if (t === undefined) tokenCache.set(s, (t = searchTokens(s)));
    return t;
  };

  return function day(dayStr: string, count: number): HistoryRow[] {
    const r = makeRandom((seed ^ Number(dayStr.replace(/-/g, ''))) >>> 0);
    const month = Number(dayStr.slice(5, 7)) - 1;
    const dayStart = Date.parse(`${dayStr}T00:00:00Z`) - 8 * HOUR;
    const out: HistoryRow[] = [];
    for (let i = 0; i < count; i++) {
      const cat = ctx.categories[draw(r, catCumByMonth[month])];
      const district = districts[draw(r, districtCum)];
      const street = r.pick(streetsOf.get(district)!);
      const received = dayStart + draw(r, hourCum) * HOUR + r.int(0, 3599) * 1000;
      const text = sampleText(r, cat.code, cat.name);
      const address = `${districtNames.get(district)}${street.name}`;
      const dept = ctx.departments.get(`${cat.code}:${district}`) ?? null;
      const responseDue = dueAt(new Date(received), { value: cat.response_value, unit: cat.response_unit }, ctx.calendar).getTime();
      let resolutionDue = dueAt(new Date(received), { value: cat.resolution_value, unit: cat.resolution_unit }, ctx.calendar).getTime();
      const dispatched = received + r.int(1, 30) * MIN;
      const within = (from: number, due: number, p: number) => from + Math.max(MIN, Math.round((due - from) * (r.chance(p) ? 0.05 + 0.85 * r.next() : 1.05 + r.next() * 0.8)));
      const accepted = within(dispatched, responseDue, 0.992);
      let answered = within(accepted, resolutionDue, 0.93);
      let reopenCount = 0;
      let satisfaction: string | null = null;
      let closed: number | null = null;
      if (r.chance(0.9)) {
        const verdict = r.next();
        satisfaction = verdict < 0.82 ? 'satisfied' : verdict < 0.92 ? 'basically_satisfied' : 'dissatisfied';
        if (satisfaction === 'dissatisfied' && r.chance(0.5)) {
          // Reopened, answered again on a new deadline, and rated again: the last verdict counts.
          reopenCount = 1;
          const again = answered + r.int(1, 48) * HOUR;
          resolutionDue = again + (resolutionDue - received);
          answered = within(again, resolutionDue, 0.9);
          satisfaction = r.chance(0.6) ? 'basically_satisfied' : 'dissatisfied';
        }
      }
      closed = answered + r.int(2, 72) * HOUR;
      const stage = (t: number | null) => (t !== null && t <= ctx.now ? t : null);
      const row: HistoryRow = {
        district, street: street.code, category: cat.code, channel: channels[draw(r, channelCum)][0], title: text.slice(0, 30), description: text, address,
        status: 'received', orgId: null, orgPath: ctx.rootPath, received, dispatched: null, accepted: null, answered: null, closed: null,
        responseDue, resolutionDue, satisfaction: null, reopenCount: 0, supervisionLevel: 0,
        searchText: `${text.slice(0, 30)} ${text} ${address}`, searchTokens: `${tokens(text)} ${tokens(address)}`,
      };
      if (dept && stage(dispatched)) Object.assign(row, { status: 'dispatched', orgId: dept.id, orgPath: dept.path, dispatched });
      if (row.dispatched && stage(accepted)) Object.assign(row, { status: 'in_progress', accepted });
      if (row.accepted && stage(answered)) Object.assign(row, { status: 'answered', answered, reopenCount });
      if (row.answered && stage(closed)) Object.assign(row, { status: 'closed', closed, satisfaction });
      const late = (row.answered ?? ctx.now) > resolutionDue;
      row.supervisionLevel = late ? 2 : 0;
      out.push(row);
    }
    return out;
  };
}
