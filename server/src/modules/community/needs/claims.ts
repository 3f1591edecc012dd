import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../../kernel/org/pg-errors.js';
import { notifyAccount } from '../../../kernel/notifications/notify.js';
import { staffAccountsOf } from '../community.access.js';
import { createVolunteerActivity } from './volunteer-activity.js';
import type { scheduleBody } from './needs.dto.js';

export interface Claimant {
  kind: 'org' | 'team';
  orgId: number;
  orgPath: string;
  teamId: number | null;
  /** Shown in notices and the audit. */
  name: string;
}

/**
 * Claims an open need. Two claimants at once: both may read it open, but the partial unique index on live claims
 * lets one insert through; the other gets a unique violation, answered 409 need_already_claimed.
 */
export async function claimNeed(db: Db, req: FastifyRequest, needId: number, who: Claimant, activityDueAt?: Date): Promise<number> {
  return transaction(db, async (tx) => {
    const [n] = await rows<{ id: number; status: string; title: string; community_id: number; starts_at: string | Date; ends_at: string | Date }>(
      tx,
      sql`SELECT id, status, title, community_id, starts_at, ends_at FROM community_needs WHERE id = ${needId}`,
    );
    if (!n) throw new AppError('not_found');
    if (n.status === 'claimed') throw new AppError('need_already_claimed');
    if (n.status !== 'open') throw new AppError('invalid_transition', { status: n.status });
    const startsAt = new Date(n.starts_at);
    const due = activityDueAt ?? startsAt;
    if (due.getTime() <= Date.now() || due > startsAt) {
      throw new AppError('validation_failed', [{ field: 'activityDueAt', message: 'must be in the future and not after the need starts' }]);
    }
    if (who.kind === 'org') {
      const [agreed] = await rows(
        tx,
        sql`SELECT 1 FROM community_org_registrations r WHERE r.community_id = ${n.community_id} AND r.status = 'confirmed'
               AND ${who.orgPath} LIKE r.org_path || '%' AND (now() AT TIME ZONE 'Asia/Shanghai')::date BETWEEN r.period_start AND r.period_end`,
      );
      if (!agreed) throw new AppError('validation_failed', [{ field: 'orgId', message: 'the organisation has no confirmed 共建 agreement with this community' }]);
    }
    const [claim] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO community_need_claims (need_id, claimant_kind, org_id, org_path, team_id, claimed_by, activity_due_at)
          VALUES (${needId}, ${who.kind}, ${who.orgId}, ${who.orgPath}, ${who.teamId}, ${req.auth!.accountId}, ${due.toISOString()}::timestamptz) RETURNING id`,
    ).catch((err: unknown) => {
      throw pgErrorCode(err) === UNIQUE_VIOLATION ? new AppError('need_already_claimed') : err;
    });
    const moved = await rows(tx, sql`UPDATE community_needs SET status = 'claimed', updated_at = now() WHERE id = ${needId} AND status = 'open' RETURNING id`);
    if (!moved.length) throw new AppError('need_already_claimed');
    await audit(tx, req, { action: 'community.need_claim', entity: 'community_need', entityId: needId, orgId: who.orgId, orgPath: who.orgPath, summary: `${n.title} ← ${who.name}` });
    for (const account of await staffAccountsOf(tx, n.community_id)) {
      await notifyAccount(tx, account, { kind: 'community_need_claimed', title: `需求已被认领：${n.title}`, body: `认领方：${who.name}`, link: `/community/needs/${needId}` });
    }
    return claim.id;
  });
}

interface LiveClaim {
  id: number;
  need_id: number;
  org_id: number;
  org_path: string;
  team_id: number | null;
  status: string;
  title: string;
  description: string;
  place: string;
  starts_at: string | Date;
  ends_at: string | Date;
  people_needed: number;
  community_id: number;
}

async function lockClaim(tx: Db, id: number, allowed: (k: LiveClaim) => boolean): Promise<LiveClaim> {
  const [k] = await rows<LiveClaim>(
    tx,
    sql`SELECT k.id, k.need_id, k.org_id, k.org_path, k.team_id, k.status, n.title, n.description, n.place, n.starts_at, n.ends_at, n.people_needed, n.community_id
          FROM community_need_claims k JOIN community_needs n ON n.id = k.need_id WHERE k.id = ${id} FOR UPDATE OF k, n`,
  );
  if (!k || !allowed(k)) throw new AppError('not_found');
  if (k.status !== 'claimed') throw new AppError('invalid_transition', { status: k.status });
  return k;
}

/** The claimant gives the need back: the claim ends as withdrawn and the need is open again. */
export async function withdrawClaim(db: Db, req: FastifyRequest, id: number, allowed: (k: LiveClaim) => boolean, reason?: string) {
  await transaction(db, async (tx) => {
    const k = await lockClaim(tx, id, allowed);
    await tx.execute(sql`UPDATE community_need_claims SET status = 'withdrawn', ended_at = now(), end_reason = ${reason || '认领方撤回'} WHERE id = ${id}`);
    await tx.execute(sql`UPDATE community_needs SET status = 'open', updated_at = now() WHERE id = ${k.need_id} AND status = 'claimed'`);
    await audit(tx, req, { action: 'community.claim_withdraw', entity: 'community_need', entityId: k.need_id, orgId: k.org_id, orgPath: k.org_path, summary: reason ?? k.title });
  });
}

/**
 * Turns a claim into a volunteer activity on the activities engine, in one transaction: the activity, its link to the
 * community, need and team, and the claim scheduled.
 */
export async function scheduleClaim(db: Db, req: FastifyRequest, id: number, allowed: (k: LiveClaim) => boolean, input: z.infer<typeof scheduleBody>) {
  return transaction(db, async (tx) => {
    const k = await lockClaim(tx, id, allowed);
    const startsAt = new Date(k.starts_at);
    if (startsAt.getTime() <= Date.now()) throw new AppError('invalid_transition', { reason: 'the need has already started' });
    if (input.signupClosesAt && input.signupClosesAt > startsAt) {
      throw new AppError('validation_failed', [{ field: 'signupClosesAt', message: 'must not be after the need starts' }]);
    }
    const activityId = await createVolunteerActivity(tx, req, k.org_path, {
      title: input.title ?? k.title,
      description: input.description ?? k.description,
      orgId: k.org_id,
      venue: input.venue ?? k.place,
      startsAt,
      endsAt: new Date(k.ends_at),
      capacity: input.capacity === undefined ? k.people_needed : input.capacity,
      signupClosesAt: input.signupClosesAt ?? null,
    });
    await tx.execute(
      sql`INSERT INTO community_activities (activity_id, community_id, need_id, claim_id, team_id) VALUES (${activityId}, ${k.community_id}, ${k.need_id}, ${k.id}, ${k.team_id})`,
    );
    await tx.execute(sql`UPDATE community_need_claims SET status = 'scheduled', activity_id = ${activityId} WHERE id = ${k.id}`);
    await audit(tx, req, { action: 'community.claim_schedule', entity: 'community_need', entityId: k.need_id, orgId: k.org_id, orgPath: k.org_path, summary: `${k.title} → activity ${activityId}` });
    return activityId;
  });
}
