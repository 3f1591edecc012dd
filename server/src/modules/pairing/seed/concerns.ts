import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, type Db } from '../../../kernel/db/client.js';
import { accounts, roleAssignments } from '../../../kernel/auth/auth.schema.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import type { Random } from '../../../seed/random.js';
import { demandTransition, rateAsSubmitter, type DemandAction, type DemandRow, type DemandTransitionInput, type SubmitterRating } from '../../demands/index.js';
import { raiseConcern } from '../concerns/raise-concern.js';
import type { ConcernCategory } from '../concerns/concern-categories.js';
import { actingAs, type World } from './world.js';
import type { PlannedEntrepreneur } from './entrepreneurs.js';
import type { PlannedPair } from './pairs.js';
import { answers, callbackComments, concernTexts, extensionReasons, supervisionNotes } from './texts.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Where a concern is meant to end up (it stops earlier when the next step would fall after now). */
type Target = 'returned' | 'dispatched' | 'accepted' | 'in_progress' | 'overdue' | 'answered' | 'closed' | 'closed_by_phone' | 'reopened' | 'closed_after_reopen';
const targets: Array<[Target, number]> = [
  ['closed', 0.46], ['closed_by_phone', 0.08], ['closed_after_reopen', 0.05], ['reopened', 0.03], ['answered', 0.1],
  ['in_progress', 0.1], ['overdue', 0.07], ['accepted', 0.05], ['dispatched', 0.04], ['returned', 0.02],
];
const categoryWeights: Array<[ConcernCategory, number]> = [
  ['financing', 0.22], ['approval', 0.16], ['policy', 0.16], ['labour', 0.13], ['land', 0.1], ['market', 0.09], ['technology', 0.09], ['other', 0.05],
];

function pickWeighted<T>(r: Random, list: Array<[T, number]>): T {
  let roll = r.next();
  for (const [v, p] of list) if ((roll -= p) < 0) return v;
  return list[list.length - 1][0];
}

/** The seed acts outside any request; audit entries name the acting account. */
const requestOf = (auth: AuthContext) => ({ auth, ip: null, headers: {} }) as unknown as FastifyRequest;

const ms = (v: string | Date) => new Date(v).getTime();

interface Step {
  at: number;
  run: (d: DemandRow) => Promise<DemandRow>;
}

export interface ConcernSummary {
  raised: number;
  byStatus: Record<string, number>;
  overdue: number;
  reopened: number;
}

/** The handling department's handler account: its first, else one made for the demo (handler<orgId>, the demo password). */
function handlers(db: Db, passwordHash: string, mustChangePassword: boolean) {
  const known = new Map<number, Promise<AuthContext>>();
  const find = async (orgId: number) => {
    const [found] = await rows<{ id: number }>(db, sql`SELECT min(account_id)::int AS id FROM role_assignments WHERE role = 'handler' AND org_id = ${orgId} HAVING count(*) > 0`);
    if (found) return actingAs(db, found.id);
    const [o] = await rows<{ name: string }>(db, sql`SELECT name FROM orgs WHERE id = ${orgId}`);
    const [a] = await db.insert(accounts).values({ username: `handler${orgId}`, displayName: `${o.name.replace(/机关党委$/, '')}经办人`, passwordHash, mustChangePassword }).returning({ id: accounts.id });
    await db.insert(roleAssignments).values({ accountId: a.id, role: 'handler', orgId });
    return actingAs(db, a.id);
  };
  return (orgId: number) => known.get(orgId) ?? (known.set(orgId, find(orgId)), known.get(orgId)!);
}

interface ConcernInput {
  r: Random;
  db: Db;
  world: World;
  entrepreneurs: PlannedEntrepreneur[];
  pairs: PlannedPair[];
  cadreAccounts: Map<number, number>;
  count: number;
  now: Date;
  passwordHash: string;
  /** Where the demands keep attachments (the seed attaches none). */
  dataDir: string;
}

/**
 * A year of concerns, each raised through pairing's own command (a demand of the demands engine with the link row) by
 * the entrepreneur or their cadre, then moved through the demands workflow at the moments it happened: accepted and
 * answered by the department's handler (mostly on time), rated by the entrepreneur or on a callback, some reopened,
 * returned, given more time, or overdue with a supervision notice — every state of the workflow.
 */
export async function seedConcerns(input: ConcernInput): Promise<ConcernSummary> {
  const { r, db, world, now, count } = input;
  const admin = await actingAs(db, world.admin.id);
  const activePair = new Map(input.pairs.filter((p) => !p.endedAt).map((p) => [p.entrepreneur.id!, p]));
  const eligible = input.entrepreneurs.filter((e) => e.row.status === 'approved' && e.accountId);
  const yearAgo = now.getTime() - 365 * DAY;
  const handlerOf = handlers(db, input.passwordHash, world.mustChangePassword);
  const summary: ConcernSummary = { raised: 0, byStatus: {}, overdue: 0, reopened: 0 };

  for (let i = 0; i < count && eligible.length; i++) {
    // The demo entrepreneur account (the first approved one) has one answered and waiting for its rating, one closed, one open.
    const demo = i < 3 && world.entrepreneur && eligible[0].accountId === world.entrepreneur.id;
    const e = demo ? eligible[0] : eligible[(i * 7 + r.int(0, 6)) % eligible.length];
    const pair = activePair.get(e.id!);
    const target: Target = demo ? (['answered', 'closed', 'in_progress'] as const)[i] : pickWeighted(r, targets);
    // Open ones are recent (or, when overdue, older than their deadline); settled ones anywhere in the year.
    const earliest = Math.max(yearAgo, pair ? pair.startedAt.getTime() + DAY : Date.parse(`${e.approvedOn}T02:00:00Z`));
    const recent = ['dispatched', 'accepted', 'returned'].includes(target) ? 6 : target === 'in_progress' ? 12 : target === 'overdue' ? 60 : null;
    const from = recent ? Math.max(earliest, now.getTime() - recent * DAY) : earliest;
    const to = target === 'overdue' ? now.getTime() - 20 * DAY : now.getTime() - (recent ? HOUR : 20 * DAY);
    if (to <= from) continue;
    // Filed in the waking hours (08:00–21:59 Asia/Shanghai) of a day of the window.
    const moment = from + r.next() * (to - from);
    const shanghaiMidnight = moment - ((moment + 8 * HOUR) % DAY);
    const raisedAt = new Date(Math.min(to, Math.max(from, shanghaiMidnight + 8 * HOUR + r.int(0, 14 * 60 - 1) * 60_000)));
    const category = pickWeighted(r, categoryWeights);
    const [title, description] = r.pick(concernTexts[category]);
    const byCadre = !!pair && r.chance(0.3);
    const submitter: AuthContext = { accountId: e.accountId!, username: e.accountId === world.entrepreneur?.id ? 'entrepreneur' : `qy${e.id}`, displayName: e.row.name, personId: null, personOrgPath: null, mustChangePassword: false, sessionId: '', csrfToken: '', assignments: [] };
    const auth = byCadre ? await actingAs(db, input.cadreAccounts.get(pair.cadre.id)!) : submitter;
    let d = await raiseConcern(db, input.dataDir, requestOf(auth), auth, { entrepreneurId: e.id!, raisedAs: byCadre ? 'cadre' : 'entrepreneur' }, { category, title, description }, raisedAt);
    summary.raised++;

    // No dispatch rule or default department found it one: the committee dispatches it to the agency in charge of the company.
    const deptId = d.org_id ?? e.agency?.id ?? world.agencies[0].id;
    const handler = await handlerOf(deptId);
    const act = (who: AuthContext, action: DemandAction, body: DemandTransitionInput) => (x: DemandRow, at: number) =>
      demandTransition(db, requestOf(who), { kind: 'account', auth: who }, Number(x.id), action, body, new Date(at));
    const steps: Step[] = [];
    let t = raisedAt.getTime();
    const push = (at: number, run: (x: DemandRow, at: number) => Promise<DemandRow>) => {
      t = at;
      steps.push({ at, run: (x) => run(x, at) });
    };
    /** A moment `share` of the way from `t` to `due` (past it when late). */
    const towards = (due: number, late: boolean) => t + Math.max(20 * 60_000, (due - t) * (late ? 1.1 + r.next() * 0.6 : 0.15 + r.next() * 0.75));
    const rate = (result: SubmitterRating, phone: boolean) =>
      push(t + r.int(4, 96) * HOUR, (x, at) =>
        phone
          ? act(admin, 'callback', { result, comment: r.pick(callbackComments[result]) })(x, at)
          : rateAsSubmitter(db, requestOf(submitter), submitter, Number(x.id), result, r.pick(callbackComments[result]), new Date(at)),
      );
    const handle = (late: boolean) => {
      push(t + r.int(5, 180) * 60_000, act(handler, 'start', {}));
      if (target === 'overdue' || target === 'in_progress') return;
      if (r.chance(0.08) && !late) {
        push(t + r.int(1, 3) * DAY, act(handler, 'request_extension', { workingDays: 5, reason: r.pick(extensionReasons) }));
        push(t + r.int(2, 20) * HOUR, async (x, at) => {
          const [ext] = await rows<{ id: number }>(db, sql`SELECT id FROM demand_extensions WHERE district_code = ${x.district_code} AND demand_id = ${x.id} AND status = 'pending'`);
          return act(admin, 'approve_extension', { extensionId: Number(ext.id) })(x, at);
        });
      }
      push(towards(ms(d.resolution_due_at), late), act(handler, 'answer', { answer: r.pick(answers[category]) }));
    };

    if (d.org_id == null) push(t + r.int(10, 120) * 60_000, act(admin, 'dispatch', { orgId: deptId }));
    if (target === 'returned') {
      push(t + r.int(1, 20) * HOUR, act(handler, 'return', { reason: '该事项不属于本单位职责范围，请重新派单' }));
    } else if (target !== 'dispatched') {
      push(towards(ms(d.response_due_at), r.chance(0.04)), act(handler, 'accept', {}));
      if (target !== 'accepted') {
        handle(target === 'overdue' || r.chance(0.1));
        if (target === 'overdue') {
          const due = ms(d.resolution_due_at);
          push(due + r.int(1, 3) * DAY, act(admin, 'supervise', { note: r.pick(supervisionNotes) }));
        }
        if (target === 'closed' || target === 'closed_by_phone') rate(r.chance(0.8) ? 'satisfied' : 'basically_satisfied', target === 'closed_by_phone');
        if (target === 'reopened' || target === 'closed_after_reopen') {
          rate('dissatisfied', false);
          if (target === 'closed_after_reopen') {
            push(t + r.int(2, 8) * DAY, act(handler, 'answer', { answer: `经再次核实协调，${r.pick(answers[category])}` }));
            rate(r.chance(0.6) ? 'satisfied' : 'basically_satisfied', false);
          }
        }
      }
    }
    for (const s of steps) {
      if (s.at >= now.getTime() - 60_000) break;
      d = await s.run(d);
    }
    summary.byStatus[d.status] = (summary.byStatus[d.status] ?? 0) + 1;
    if (Number(d.reopen_count) > 0) summary.reopened++;
    if (!['answered', 'closed'].includes(d.status) && ms(d.resolution_due_at) < now.getTime()) summary.overdue++;
  }
  return summary;
}
