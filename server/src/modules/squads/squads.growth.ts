import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../kernel/db/client.js';

const iso = (d: string | Date) => new Date(d).toISOString();
const periodLabel = (p: { year: number; kind: string; seq: number }) => (p.kind === 'month' ? `${p.year} 年 ${p.seq} 月` : `${p.year} 年第 ${p.seq} 季度`);

/** 五比 as the squads score them, in their order: 比学习, 比本领, 比创新, 比担当, 比作为. */
export const fiveDimensions = [
  { key: 'learning', zh: '比学习', en: 'Learning' },
  { key: 'skill', zh: '比本领', en: 'Skill' },
  { key: 'innovation', zh: '比创新', en: 'Innovation' },
  { key: 'duty', zh: '比担当', en: 'Duty' },
  { key: 'performance', zh: '比作为', en: 'Performance' },
] as const;

type Snapshot = { periodId: number; year: number; kind: string; seq: number; endsOn: string; closedAt: string; squadId: number; squad: string; learning: string; skill: string; innovation: string; duty: string; performance: string; total: string; rank: number; badge: boolean };

/**
 * A person's squad record for the growth profile: joining and leaving squads, and the 五比 scores of the squad they were
 * in for each closed period (while a member). `radar` is the latest of those scores.
 */
export async function squadsGrowth(db: Db, personId: number) {
  const memberships = await rows<{ squadId: number; name: string; role: string; joinedAt: string; leftAt: string | null }>(
    db,
    sql`SELECT m.squad_id AS "squadId", s.name, m.role, m.joined_at AS "joinedAt", m.left_at AS "leftAt"
          FROM squad_members m JOIN squads s ON s.id = m.squad_id WHERE m.person_id = ${personId} AND m.status IN ('active', 'left')`,
  );
  const snapshots = await rows<Snapshot>(
    db,
    sql`SELECT p.id AS "periodId", p.year, p.kind, p.seq, p.ends_on::text AS "endsOn", p.closed_at AS "closedAt", s.id AS "squadId", s.name AS squad,
               x.learning, x.skill, x.innovation, x.duty, x.performance, x.total, x.rank, x.badge
          FROM squad_members m JOIN squad_score_snapshots x ON x.squad_id = m.squad_id JOIN squad_periods p ON p.id = x.period_id JOIN squads s ON s.id = x.squad_id
         WHERE m.person_id = ${personId} AND m.status IN ('active', 'left') AND p.status = 'closed'
           AND m.joined_at < (p.ends_on + 1)::timestamptz AND (m.left_at IS NULL OR m.left_at >= p.starts_on::timestamptz)
         ORDER BY p.ends_on DESC, p.id DESC`,
  );
  const facts = [
    ...memberships.flatMap((m) => {
      const link = `/squads/${m.squadId}`;
      const joined = { at: iso(m.joinedAt), kind: 'squad', title: `加入青年尖刀班「${m.name}」`, detail: m.role === 'leader' ? '班长' : '队员', value: null, link, mobileLink: '/m/squad' };
      return m.leftAt ? [joined, { ...joined, at: iso(m.leftAt), title: `离开青年尖刀班「${m.name}」`, detail: '' }] : [joined];
    }),
    ...snapshots.map((s) => ({
      at: iso(s.closedAt),
      kind: 'squad_score',
      title: `「${s.squad}」${periodLabel(s)}五比一做得分`,
      detail: `第 ${s.rank} 名${s.badge ? '，获“一做”标兵' : ''}`,
      value: `${Number(s.total)} 分`,
      link: `/squads/${s.squadId}`,
      mobileLink: '/m/squad',
    })),
  ];
  const last = snapshots[0];
  const radar = last
    ? { squadId: last.squadId, squadName: last.squad, period: periodLabel(last), total: Number(last.total), dimensions: fiveDimensions.map((d) => ({ ...d, value: Number(last[d.key]) })) }
    : null;
  return { facts, radar };
}
