import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { notifyAccount } from '../../../kernel/notifications/notify.js';
import { staffAccountsOf } from '../community.access.js';

const system = { accountId: null, username: 'system' };

/**
 * Every few minutes, each row once whichever process runs it: open needs past their claim deadline are flagged to
 * the community's staff; claims with no activity by their due time lapse and the need is open again; open needs
 * whose time window has passed expire.
 */
export async function watchNeeds(db: Db) {
  await transaction(db, async (tx) => {
    const flagged = await rows<{ id: number; community_id: number; title: string }>(
      tx,
      sql`UPDATE community_needs SET flagged_at = now()
           WHERE id IN (SELECT id FROM community_needs WHERE status = 'open' AND flagged_at IS NULL AND claim_deadline <= now() FOR UPDATE SKIP LOCKED)
           RETURNING id, community_id, title`,
    );
    for (const n of flagged) {
      await audit(tx, null, { action: 'community.need_flag', entity: 'community_need', entityId: n.id, summary: n.title, actor: system });
      for (const account of await staffAccountsOf(tx, n.community_id)) {
        await notifyAccount(tx, account, { kind: 'community_need_unclaimed', title: `需求临近仍无人认领：${n.title}`, body: '已过认领截止时间，请联系街道协调共建单位或服务队。', link: `/community/needs/${n.id}` });
      }
    }

    const lapsed = await rows<{ id: number; need_id: number; claimed_by: number; org_id: number; org_path: string }>(
      tx,
      sql`UPDATE community_need_claims SET status = 'lapsed', ended_at = now(), end_reason = '未在期限内转为志愿服务活动'
           WHERE id IN (SELECT id FROM community_need_claims WHERE status = 'claimed' AND activity_due_at <= now() FOR UPDATE SKIP LOCKED)
           RETURNING id, need_id, claimed_by, org_id, org_path`,
    );
    for (const k of lapsed) {
      const [n] = await rows<{ title: string }>(tx, sql`UPDATE community_needs SET status = 'open', updated_at = now() WHERE id = ${k.need_id} AND status = 'claimed' RETURNING title`);
      await audit(tx, null, { action: 'community.claim_lapse', entity: 'community_need', entityId: k.need_id, orgId: k.org_id, orgPath: k.org_path, summary: n?.title, actor: system });
      if (n) await notifyAccount(tx, k.claimed_by, { kind: 'community_claim_lapsed', title: `认领已失效：${n.title}`, body: '未在期限内转为志愿服务活动，需求已重新开放认领。', link: `/community/needs/${k.need_id}` });
    }

    const expired = await rows<{ id: number; title: string }>(
      tx,
      sql`UPDATE community_needs SET status = 'expired', updated_at = now()
           WHERE id IN (SELECT id FROM community_needs WHERE status = 'open' AND ends_at <= now() FOR UPDATE SKIP LOCKED) RETURNING id, title`,
    );
    for (const n of expired) await audit(tx, null, { action: 'community.need_expire', entity: 'community_need', entityId: n.id, summary: n.title, actor: system });
  });
}

export function needsJobs(ctx: ModuleContext) {
  return { 'community.watch_needs': () => watchNeeds(ctx.db) };
}
