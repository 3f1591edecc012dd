import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { notifyPeople } from '../../kernel/notifications/notify.js';

/** Reminds confirmed participants about an hour before the start; each activity once, whichever process runs it. */
export function activitiesJobs(ctx: ModuleContext) {
  return {
    'activities.remind': () =>
      transaction(ctx.db, async (tx) => {
        const due = await rows<{ id: number; title: string; venue: string; starts_at: string }>(
          tx,
          sql`UPDATE activities SET reminded_at = now()
               WHERE id IN (SELECT id FROM activities WHERE status = 'published' AND reminded_at IS NULL
                              AND starts_at > now() AND starts_at <= now() + interval '60 minutes' FOR UPDATE SKIP LOCKED)
               RETURNING id, title, venue, starts_at`,
        );
        for (const a of due) {
          const people = await rows<{ person_id: number }>(tx, sql`SELECT person_id FROM activity_signups WHERE activity_id = ${a.id} AND status = 'confirmed'`);
          const at = new Date(a.starts_at).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
          await notifyPeople(tx, people.map((p) => p.person_id), { kind: 'activity_reminder', title: `活动提醒：${a.title}`, body: `${at} 开始${a.venue ? `，地点：${a.venue}` : ''}`, link: `/m/activities/${a.id}` });
        }
      }),
  };
}

export function subscribeActivities(ctx: ModuleContext) {
  ctx.events.on('activities.promoted', async ({ activityId, personId }) => {
    const [a] = await rows<{ title: string }>(ctx.db, sql`SELECT title FROM activities WHERE id = ${activityId}`);
    await notifyPeople(ctx.db, [personId], { kind: 'activity_promoted', title: `候补成功：${a.title}`, body: '有人取消报名，您已由候补转为正式报名。', link: `/m/activities/${activityId}` });
  });
}
