import { sql } from 'drizzle-orm';
import type { ModuleContext, SeedOptions } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { bulkInsert } from '../../kernel/db/bulk-insert.js';
import { makeRandom } from '../../seed/random.js';
import { seedActor, seedAuditEntries, seedNotices, type SeededAudit, type SeededNotice } from '../../seed/seed-records.js';
import { addWorkingDays } from './workflow/deadlines.js';
import { loadCalendar } from './demands.access.js';
import { hashApiKey } from './config/config.routes.js';

const HOUR = 3600_000;
const reasons = ['涉及多个部门协调，需现场联合踏勘。', '需等待施工单位排期维修。', '需协调产权单位共同处理。', '涉及资金审批，办理周期较长。'];

type Open = { district_code: string; id: number; org_id: number | null; org_path: string; status: string; title: string; tracking_code: string; received_at: Date; accepted_at: Date | null;
  answered_at: Date | null; response_due_at: Date; resolution_due_at: Date };

/**
 * What the live hotline leaves besides the demands: the Open311 keys its channels use, extension requests (granted,
 * refused, waiting) and the 督办 yellow and red notices the supervision job sends the handling departments when a
 * deadline nears or passes, with their notifications and events. Only for the living city.
 */
export async function seedLivingDemands(ctx: ModuleContext, opts: SeedOptions, now = Date.now()) {
  const r = makeRandom(opts.seed + 808);
  const { db } = ctx;
  const admin = await seedActor(db, 'admin');
  const handler = await seedActor(db, 'handler');
  const list = await rows<Open>(
    db,
    sql`SELECT district_code, id::int AS id, org_id, org_path, status, title, tracking_code, received_at, accepted_at, answered_at, response_due_at, resolution_due_at
          FROM demands WHERE client_key = 'seed' ORDER BY received_at, id`,
  );
  const owners = await rows<{ account_id: number; path: string }>(
    db,
    sql`SELECT DISTINCT r.account_id, o.path FROM role_assignments r JOIN orgs o ON o.id = r.org_id JOIN accounts a ON a.id = r.account_id WHERE r.role = 'handler' AND NOT a.disabled`,
  );
  const [committee] = await rows<{ ids: number[] }>(db, sql`SELECT coalesce(array_agg(DISTINCT r.account_id), '{}') AS ids FROM role_assignments r JOIN orgs o ON o.id = r.org_id WHERE r.role = 'committee_admin' AND o.parent_id IS NULL`);
  const ownersOf = (d: Open) => (d.org_id ? owners.filter((o) => d.org_path.startsWith(o.path)).map((o) => o.account_id) : committee.ids);
  const calendar = await loadCalendar(db, new Date(now - 200 * 24 * HOUR));

  const audits: SeededAudit[] = [];
  const notices: SeededNotice[] = [];
  const events: { district_code: string; demand_id: number; action: string; actor: string; accountId: number | null; org_id: number | null; note: string; data: Record<string, unknown>; at: Date }[] = [];
  const supervisions: { district_code: string; demand_id: number; level: 'yellow' | 'red'; org_id: number | null; notified: number; at: Date }[] = [];
  const extensions: { district_code: string; demand_id: number; days: number; reason: string; status: string; requestedBy: number | null; decidedBy: number | null; prev: Date; next: Date | null; at: Date; decidedAt: Date | null }[] = [];
  const newDue = new Map<number, { district_code: string; due: Date }>();

  for (const d of list) {
    const received = new Date(d.received_at).getTime();
    const due = new Date(d.resolution_due_at).getTime();
    const end = d.answered_at ? new Date(d.answered_at).getTime() : now;
    const open = ['received', 'dispatched', 'accepted', 'in_progress'].includes(d.status) || !!d.answered_at;
    if (!open) continue;
    // Extensions: asked for by the department after accepting, for about one demand in fifteen still under way.
    if (d.accepted_at && d.status === 'in_progress' && r.chance(0.07)) {
      const at = new Date(new Date(d.accepted_at).getTime() + r.int(2, 30) * HOUR);
      if (at.getTime() < now) {
        const days = r.pick([3, 5, 10]);
        const status = r.chance(0.25) ? 'pending' : r.chance(0.8) ? 'approved' : 'rejected';
        const decidedAt = status === 'pending' ? null : new Date(Math.min(now - 60_000, at.getTime() + r.int(2, 24) * HOUR));
        const next = status === 'approved' ? addWorkingDays(new Date(due), days, calendar) : null;
        const reason = r.pick(reasons);
        extensions.push({ district_code: d.district_code, demand_id: d.id, days, reason, status, requestedBy: handler.accountId, decidedBy: decidedAt ? admin.accountId : null, prev: new Date(due), next, at, decidedAt });
        events.push({ district_code: d.district_code, demand_id: d.id, action: 'request_extension', actor: '承办单位经办人', accountId: handler.accountId, org_id: d.org_id, note: reason, data: { workingDays: days }, at });
        audits.push({ at, ...handler, action: 'demands.request_extension', entity: 'demand', entityId: d.id, orgId: d.org_id, orgPath: d.org_path, summary: d.title });
        if (decidedAt) {
          const action = status === 'approved' ? 'approve_extension' : 'reject_extension';
          events.push({ district_code: d.district_code, demand_id: d.id, action, actor: '工委管理员', accountId: admin.accountId, org_id: d.org_id, note: '', data: { workingDays: days }, at: decidedAt });
          audits.push({ at: decidedAt, ...admin, action: `demands.${action}`, entity: 'demand', entityId: d.id, orgId: d.org_id, orgPath: d.org_path, summary: d.title });
        }
        if (next) {
          newDue.set(d.id, { district_code: d.district_code, due: next });
          if (next.getTime() > now) continue; // granted in time: no 督办
        }
      }
    }
    // 督办: yellow when three quarters of the time had gone, red when it was past, if still not answered then.
    const yellowAt = due - (due - received) * 0.25;
    const levels: ['yellow' | 'red', number][] = [['yellow', yellowAt], ['red', due]];
    for (const [level, at] of levels) {
      if (at >= end) continue;
      const when = new Date(at + r.int(1, 10) * 60_000);
      if (when.getTime() > now) continue;
      const told = ownersOf(d);
      const title = level === 'red' ? `【督办·红灯】诉求已超期：${d.title}` : `【督办·黄灯】诉求即将到期：${d.title}`;
      supervisions.push({ district_code: d.district_code, demand_id: d.id, level, org_id: d.org_id, notified: told.length, at: when });
      for (const accountId of told) notices.push({ accountId, kind: `demand_supervision_${level}`, title, body: `查询码 ${d.tracking_code}，请尽快办理。`, link: `/demands/${d.id}`, createdAt: when, readAt: now - when.getTime() > 3 * 24 * HOUR ? new Date(when.getTime() + r.int(1, 20) * HOUR) : null });
      events.push({ district_code: d.district_code, demand_id: d.id, action: 'supervise', actor: '系统', accountId: null, org_id: d.org_id, note: title, data: { level }, at: when });
    }
  }

  const keys = [
    { name: '区级12345平台对接', created: 330, used: 1, revoked: null as number | null },
    { name: '“青诉即办”小程序', created: 200, used: 0, revoked: null },
    { name: '试运行测试接口', created: 300, used: 260, revoked: 250 },
  ];
  await transaction(db, async (tx) => {
    for (const [i, k] of keys.entries()) {
      const created = new Date(now - k.created * 24 * HOUR);
      const key = `o311_seed${opts.seed}_${i}_${r.int(0, 1e9).toString(36)}`;
      const [row] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO open311_api_keys (name, key_hash, key_prefix, created_by, created_at, revoked_at, last_used_at)
            VALUES (${k.name}, ${hashApiKey(key)}, ${key.slice(0, 9)}, ${admin.accountId}, ${created.toISOString()}::timestamptz,
                    ${k.revoked == null ? null : new Date(now - k.revoked * 24 * HOUR).toISOString()}::timestamptz, ${new Date(now - k.used * 24 * HOUR - r.int(1, 600) * 60_000).toISOString()}::timestamptz)
            RETURNING id`,
      );
      audits.push({ at: created, ...admin, action: 'demands.api_key_create', entity: 'open311_api_key', entityId: row.id, summary: k.name });
      if (k.revoked != null) audits.push({ at: new Date(now - k.revoked * 24 * HOUR), ...admin, action: 'demands.api_key_revoke', entity: 'open311_api_key', entityId: row.id });
    }
    await bulkInsert(tx, 'demand_extensions', [
      ['district_code', 'text', (e) => e.district_code],
      ['demand_id', 'int', (e) => e.demand_id],
      ['working_days', 'int', (e) => e.days],
      ['reason', 'text', (e) => e.reason],
      ['status', 'text', (e) => e.status],
      ['requested_by', 'int', (e) => e.requestedBy],
      ['decided_by', 'int', (e) => e.decidedBy],
      ['previous_due_at', 'timestamptz', (e) => e.prev],
      ['new_due_at', 'timestamptz', (e) => e.next],
      ['created_at', 'timestamptz', (e) => e.at],
      ['decided_at', 'timestamptz', (e) => e.decidedAt],
    ], extensions);
    for (const [id, x] of newDue) await tx.execute(sql`UPDATE demands SET resolution_due_at = ${x.due.toISOString()}::timestamptz WHERE district_code = ${x.district_code} AND id = ${id}`);
    await bulkInsert(tx, 'demand_supervisions', [
      ['district_code', 'text', (s) => s.district_code],
      ['demand_id', 'int', (s) => s.demand_id],
      ['level', 'text', (s) => s.level],
      ['org_id', 'int', (s) => s.org_id],
      ['notified_accounts', 'int', (s) => s.notified],
      ['at', 'timestamptz', (s) => s.at],
    ], supervisions);
    await bulkInsert(tx, 'demand_events', [
      ['district_code', 'text', (e) => e.district_code],
      ['demand_id', 'int', (e) => e.demand_id],
      ['action', 'text', (e) => e.action],
      ['actor_account_id', 'int', (e) => e.accountId],
      ['actor_name', 'text', (e) => e.actor],
      ['org_id', 'int', (e) => e.org_id],
      ['note', 'text', (e) => e.note],
      ['data', 'jsonb', (e) => e.data],
      ['at', 'timestamptz', (e) => e.at],
    ], events);
    await seedNotices(tx, notices);
    await seedAuditEntries(tx, audits);
  });
  opts.log(`诉求（办理过程）: Open311 密钥 ${keys.length} 个, 延期申请 ${extensions.length} 条, 督办 ${supervisions.length} 次（通知 ${notices.length} 条）`);
}
