import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows, transaction, type Db } from '../../../kernel/db/client.js';
import { audit } from '../../../kernel/audit/audit.js';
import { redSql, yellowSql } from './demands.present.js';
import { getSettings } from '../config/demands.settings.js';
import { recordEvent, systemActor } from './record-event.js';
import { notifyDemandOwners } from './supervision-notice.js';

const BATCH = 500;

/**
 * 督办: yellow (due soon) and red (overdue) notices to the handling department's
 * handlers. The (demand, level) key of demand_supervisions makes each notice happen
 * once, whichever process runs the job and however often.
 */
export async function escalate(db: Db): Promise<number> {
  let sent = 0;
  for (const [level, rank, cond] of [['red', 2, redSql], ['yellow', 1, yellowSql]] as const) {
    const due = await rows<{ district_code: string; id: string; org_id: number | null; org_path: string; tracking_code: string; title: string }>(
      db,
      sql`SELECT d.district_code, d.id, d.org_id, d.org_path, d.tracking_code, d.title FROM demands d
           WHERE d.supervision_level < ${rank} AND ${sql.raw(cond)} ORDER BY d.resolution_due_at LIMIT ${BATCH}`,
    );
    for (const d of due) {
      await transaction(db, async (tx) => {
        const inserted = await rows(tx, sql`INSERT INTO demand_supervisions (district_code, demand_id, level, org_id) VALUES (${d.district_code}, ${d.id}, ${level}, ${d.org_id})
          ON CONFLICT DO NOTHING RETURNING demand_id`);
        await tx.execute(sql`UPDATE demands SET supervision_level = GREATEST(supervision_level, ${rank}) WHERE district_code = ${d.district_code} AND id = ${d.id}`);
        if (!inserted.length) return;
        const title = level === 'red' ? `【督办·红灯】诉求已超期：${d.title}` : `【督办·黄灯】诉求即将到期：${d.title}`;
        const told = await notifyDemandOwners(tx, d, { kind: `demand_supervision_${level}`, title, body: `查询码 ${d.tracking_code}，请尽快办理。` });
        await tx.execute(sql`UPDATE demand_supervisions SET notified_accounts = ${told} WHERE district_code = ${d.district_code} AND demand_id = ${d.id} AND level = ${level}`);
        await recordEvent(tx, { district_code: d.district_code, id: d.id, org_id: d.org_id }, { action: 'supervise', from: null, to: null, actor: systemActor, note: title, data: { level } });
        sent++;
      });
    }
  }
  return sent;
}

/** Retention: closed demands older than the setting lose the citizen's personal data; the case itself stays for the figures. */
export async function anonymise(db: Db): Promise<number> {
  const { retentionYears } = await getSettings(db);
  return transaction(db, async (tx) => {
    const done = await rows<{ id: string }>(
      tx,
      sql`UPDATE demands SET citizen_name = NULL, citizen_phone = NULL, phone_hash = NULL, address = '', description = '', search_text = title, search_tokens = '',
            lat = round(lat::numeric, 2)::float8, long = round(long::numeric, 2)::float8, anonymised_at = now()
          WHERE (district_code, id) IN (SELECT district_code, id FROM demands WHERE status = 'closed' AND anonymised_at IS NULL
                  AND closed_at < now() - make_interval(years => ${retentionYears}) LIMIT 5000)
          RETURNING id`,
    );
    if (done.length) await audit(tx, null, { action: 'demands.anonymise', entity: 'demand', summary: `${done.length} 件已办结诉求超过 ${retentionYears} 年，已删除市民个人信息`, actor: { accountId: null, username: 'system' } });
    return done.length;
  });
}

export function demandsJobs(ctx: ModuleContext) {
  return {
    'demands.escalate': async () => void (await escalate(ctx.db)),
    'demands.anonymise': async () => void (await anonymise(ctx.db)),
    'demands.purge_challenges': async () => void (await ctx.db.execute(sql`DELETE FROM demand_used_challenges WHERE expires_at < now()`)),
  };
}
