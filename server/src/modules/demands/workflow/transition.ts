import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { pathInScope, type Scope } from '../../../kernel/access/scope.js';
import { addWorkingDays, dueAt, type DeadlineUnit } from './deadlines.js';
import { canTransition, transitions, type DemandAction, type DemandStatus } from './demands.machine.js';
import { assertInScope, departmentById, loadCalendar, lockDemand, rootPath, type DemandRow } from '../demands.access.js';
import { citizenActor, recordEvent, type Actor } from './record-event.js';
import { notifyDemandOwners } from './supervision-notice.js';

export interface TransitionInput {
  note?: string;
  orgId?: number;
  reason?: string;
  answer?: string;
  result?: 'satisfied' | 'basically_satisfied' | 'dissatisfied';
  comment?: string;
  workingDays?: number;
  extensionId?: number;
  targetId?: number;
}

/**
 * Who asks: a signed-in account (permission and scope checked here), the citizen holding the tracking code, or a
 * signed-in submitter another module vouches for (an entrepreneur rating their own concern), who may only rate.
 */
export type Caller = { kind: 'account'; auth: AuthContext } | { kind: 'citizen' } | { kind: 'submitter'; auth: AuthContext };

function need<T>(value: T | undefined | null, field: string): T {
  if (value === undefined || value === null || value === '') throw new AppError('validation_failed', [{ field, message: 'required' }]);
  return value;
}

/**
 * The one way a demand changes state: lock the row, check the transition and the
 * caller, apply it, and write the demand's trail and the audit log in the same transaction.
 */
export async function transition(db: Db, req: FastifyRequest | null, caller: Caller, id: number, action: DemandAction, input: TransitionInput, at?: Date): Promise<DemandRow> {
  const now = at ?? new Date();
  const def = transitions[action];
  return transaction(db, async (tx) => {
    const d = await lockDemand(tx, id);
    let actor: Actor = citizenActor;
    let scope: Scope | null = null;
    if (caller.kind === 'account') {
      // Anyone who cannot reach this demand learns nothing about it, whatever the action.
      scope = assertInScope(caller.auth, def.permission, d);
      actor = { accountId: caller.auth.accountId, name: caller.auth.displayName };
    } else if (action !== 'callback') {
      throw new AppError('forbidden');
    } else if (caller.kind === 'submitter') {
      actor = { accountId: caller.auth.accountId, name: caller.auth.displayName };
    }
    if (!canTransition(action, d.status)) throw new AppError('invalid_transition', { action, status: d.status, allowedFrom: def.from });

    const from = d.status;
    let to: DemandStatus = def.to ?? from;
    const set: Record<string, unknown> = {};
    let note = input.note ?? '';
    let data: Record<string, unknown> | undefined;

    switch (action) {
      case 'dispatch':
      case 'redispatch': {
        const dept = await departmentById(tx, need(input.orgId, 'orgId'), scope!);
        Object.assign(set, { org_id: dept.id, org_path: dept.path, handler_account_id: null, dispatched_at: now, return_reason: null });
        data = { orgId: dept.id, orgName: dept.name, previousOrgId: d.org_id };
        break;
      }
      case 'accept':
        Object.assign(set, { accepted_at: now, handler_account_id: actor.accountId });
        break;
      case 'return':
        note = need(input.reason, 'reason');
        Object.assign(set, { org_id: null, org_path: await rootPath(tx), handler_account_id: null, return_reason: note, accepted_at: null });
        data = { orgId: d.org_id };
        break;
      case 'note':
        need(input.note, 'note');
        break;
      case 'request_extension': {
        const days = need(input.workingDays, 'workingDays');
        note = need(input.reason, 'reason');
        const [pending] = await rows(tx, sql`SELECT 1 FROM demand_extensions WHERE district_code = ${d.district_code} AND demand_id = ${id} AND status = 'pending'`);
        if (pending) throw new AppError('conflict', { reason: 'an extension request is already pending' });
        const [ext] = await rows<{ id: number }>(tx, sql`INSERT INTO demand_extensions (district_code, demand_id, working_days, reason, requested_by, previous_due_at)
          VALUES (${d.district_code}, ${id}, ${days}, ${note}, ${actor.accountId}, ${new Date(d.resolution_due_at).toISOString()}::timestamptz) RETURNING id`);
        data = { extensionId: Number(ext.id), workingDays: days };
        break;
      }
      case 'approve_extension':
      case 'reject_extension': {
        const extId = need(input.extensionId, 'extensionId');
        const [ext] = await rows<{ working_days: number }>(tx, sql`SELECT working_days FROM demand_extensions
          WHERE district_code = ${d.district_code} AND demand_id = ${id} AND id = ${extId} AND status = 'pending' FOR UPDATE`);
        if (!ext) throw new AppError('not_found', { field: 'extensionId' });
        const approved = action === 'approve_extension';
        const newDue = approved ? addWorkingDays(new Date(d.resolution_due_at), ext.working_days, await loadCalendar(tx, new Date(d.resolution_due_at))) : null;
        await tx.execute(sql`UPDATE demand_extensions SET status = ${approved ? 'approved' : 'rejected'}, decided_by = ${actor.accountId}, decided_at = ${now.toISOString()}::timestamptz,
          new_due_at = ${newDue?.toISOString() ?? null}::timestamptz WHERE district_code = ${d.district_code} AND id = ${extId}`);
        if (newDue) Object.assign(set, { resolution_due_at: newDue, supervision_level: 0 });
        data = { extensionId: extId, previousDueAt: d.resolution_due_at, newDueAt: newDue };
        break;
      }
      case 'answer':
        note = need(input.answer, 'answer');
        Object.assign(set, { answer: note, answered_at: now, first_answered_at: d.first_answered_at ?? now });
        break;
      case 'callback': {
        const result = need(input.result, 'result');
        await tx.execute(sql`INSERT INTO demand_callbacks (district_code, demand_id, result, source, comment, account_id)
          VALUES (${d.district_code}, ${id}, ${result}, ${caller.kind === 'account' ? 'operator' : 'citizen'}, ${input.comment ?? ''}, ${actor.accountId})`);
        set.satisfaction = result;
        note = input.comment ?? '';
        data = result === 'dissatisfied' ? { result, reopened: true } : { result };
        if (result === 'dissatisfied') {
          to = transitions.callback.reopenTo;
          const [cat] = await rows<{ resolution_value: number; resolution_unit: DeadlineUnit }>(tx, sql`SELECT resolution_value, resolution_unit FROM demand_categories WHERE code = ${d.category_code}`);
          const due = dueAt(now, { value: cat.resolution_value, unit: cat.resolution_unit }, await loadCalendar(tx, now));
          Object.assign(set, { reopen_count: d.reopen_count + 1, answered_at: null, resolution_due_at: due, supervision_level: 0 });
        } else {
          set.closed_at = now;
        }
        break;
      }
      case 'close':
        set.closed_at = now;
        break;
      case 'supervise': {
        note = need(input.note, 'note');
        const told = await notifyDemandOwners(tx, d, { kind: 'demand_supervision_notice', title: `【督办通知】${d.title}`, body: `查询码 ${d.tracking_code}：${note}` });
        data = { level: 'notice', notifiedAccounts: told };
        break;
      }
      case 'merge': {
        const targetId = need(input.targetId, 'targetId');
        // The target must be reachable like the demand itself; a missing one and one outside the scope look alike.
        const [target] = await rows<{ id: number; status: string; tracking_code: string; org_path: string }>(tx, sql`SELECT id, status, tracking_code, org_path FROM demands WHERE id = ${targetId}`);
        if (!target || !pathInScope(target.org_path, scope!)) throw new AppError('not_found', [{ field: 'targetId', message: 'demand not found' }]);
        if (Number(target.id) === id || target.status === 'closed') throw new AppError('validation_failed', [{ field: 'targetId', message: 'target must be another open demand' }]);
        Object.assign(set, { merged_into_id: targetId, closed_at: now });
        data = { targetId, targetTrackingCode: target.tracking_code };
        break;
      }
    }
    set.status = to;
    set.updated_at = now;
    const assignments = Object.entries(set).map(([k, v]) => sql`${sql.identifier(k)} = ${v instanceof Date ? v.toISOString() : v}`);
    const [after] = await rows<DemandRow>(tx, sql`UPDATE demands SET ${sql.join(assignments, sql`, `)} WHERE district_code = ${d.district_code} AND id = ${id} RETURNING *`);
    await recordEvent(tx, after, { action, from, to, actor, note, data, at });
    await audit(tx, req, {
      action: `demands.${action}`,
      entity: 'demand',
      entityId: id,
      orgId: after.org_id,
      orgPath: after.org_path,
      summary: `${d.tracking_code} ${from} → ${to}`,
      before: { status: from, orgId: d.org_id },
      after: { status: to, orgId: after.org_id, ...(data ?? {}) },
      ...(caller.kind === 'citizen' ? { actor: { accountId: null, username: 'citizen' } } : {}),
    });
    return after;
  });
}
