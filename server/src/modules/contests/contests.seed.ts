import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type ModuleContext, type SeedOptions, livingCity } from '../../kernel/module.js';
import { rows, transaction } from '../../kernel/db/client.js';
import { makeRandom } from '../../seed/random.js';
import { drawQuestions, getQuestionsForContest, insertQuestion, optionLetters, prepare, type BankQuestion, type NewQuestion } from '../learning/index.js';
import { answerPoints, defaultAwardRule, defaultScoring } from './scoring.js';
import { finishRound } from './commands/finish-round.js';
import { addDays, monthStart, shanghaiDay, shanghaiTime } from '../../kernel/time.js';

const NAME = '学思想强党性共奋斗知识挑战赛';
const SECONDS = 20;

/** Used only when the bank is (nearly) empty at this scale, so the contest still has a paper. */
const fallback: NewQuestion[] = [
  { type: 'single', stem: '中国共产党成立于哪一年？', options: ['1919年', '1921年', '1927年', '1949年'], answer: ['B'], tags: ['知识挑战赛'], difficulty: 1, explanation: '1921年7月，中国共产党第一次全国代表大会召开。' },
  { type: 'single', stem: '党的根本宗旨是：', options: ['全心全意为人民服务', '实事求是', '群众路线', '独立自主'], answer: ['A'], tags: ['知识挑战赛'], difficulty: 1, explanation: '全心全意为人民服务是党的根本宗旨。' },
  { type: 'judge', stem: '党支部是党的基础组织。', options: [], answer: ['true'], tags: ['知识挑战赛'], difficulty: 1, explanation: '党支部是党的基础组织，是党在社会基层组织中的战斗堡垒。' },
];

/** A wrong answer of the same shape as the right one. */
function wrongChoice(q: BankQuestion, pick: (n: number) => number): string[] {
  if (q.type === 'judge') return [q.answer[0] === 'true' ? 'false' : 'true'];
  if (q.type === 'fill') return ['不知道'];
  const others = [...optionLetters.slice(0, q.options.length)].filter((l) => !q.answer.includes(l));
  return [others[pick(others.length)]];
}

type Person = { id: number; name: string; path: string };
type Qualifier = { roundId: number; people: Person[]; teams: Map<string, number>; questions: BankQuestion[]; opensAt: Date; rnd: ReturnType<typeof makeRandom>; seed: number; star?: number };

/** Players of an online round, each with an answer to every question (`star` answers almost all right, fast). */
async function playQualifier(tx: Parameters<Parameters<typeof transaction>[1]>[0], a: Qualifier) {
  for (let i = 0; i < a.people.length; i += 200) {
    const batch = a.people.slice(i, i + 200);
    const players = await rows<{ id: number; person_id: number }>(
      tx,
      sql`INSERT INTO contest_players (round_id, person_id, name, org_path, team_id, token_hash, joined_at) VALUES ${sql.join(
        batch.map((p) => {
          const team = [...a.teams].find(([path]) => p.path.startsWith(path))?.[1] ?? null;
          const hash = createHash('sha256').update(`seed:${a.roundId}:${p.id}:${a.seed}`).digest('hex');
          return sql`(${a.roundId}, ${p.id}, ${p.name}, ${p.path}, ${team}, ${hash}, ${new Date(a.opensAt.getTime() + a.rnd.int(0, 5 * 86400_000)).toISOString()}::timestamptz)`;
        }),
        sql`, `,
      )} RETURNING id, person_id`,
    );
    const answers = players.flatMap((pl) => {
      const skill = pl.person_id === a.star ? 0.99 : 0.35 + a.rnd.next() * 0.6;
      const start = a.opensAt.getTime() + a.rnd.int(0, 6 * 86400_000);
      return a.questions.map((q, index) => {
        const correct = a.rnd.chance(skill);
        const timeMs = pl.person_id === a.star ? 2500 + index * 10 : a.rnd.int(2000, SECONDS * 1000 - 500);
        const choice = correct ? q.answer : wrongChoice(q, (n) => a.rnd.int(0, n - 1));
        const served = new Date(start + index * SECONDS * 1000);
        return sql`(${a.roundId}, ${pl.id}, ${index}, ${q.id}, ${`{${choice.map((x) => `"${x}"`).join(',')}}`}::text[], ${correct}, ${timeMs}, 0,
                    ${answerPoints(defaultScoring, correct, timeMs, SECONDS * 1000)}, ${served.toISOString()}::timestamptz, ${new Date(served.getTime() + timeMs).toISOString()}::timestamptz)`;
      });
    });
    for (let k = 0; k < answers.length; k += 1000) {
      await tx.execute(sql`INSERT INTO contest_answers (round_id, player_id, question_index, question_id, choice, correct, time_ms, grace_ms, points, served_at, answered_at)
        VALUES ${sql.join(answers.slice(k, k + 1000), sql`, `)}`);
    }
  }
}

/**
 * The case's contest: an online qualifying round already held (players, stored answers, about
 * one in ten awarded, certificates) and a live final waiting for its host. The demo member wins a prize.
 */
export async function seedContests(ctx: ModuleContext, opts: SeedOptions) {
  if (!livingCity(opts)) return; // the test fixture: tests create the contests they assert on
  const { db } = ctx;
  const rnd = makeRandom(opts.seed + 404);
  const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
  if (!root) return;
  const draw = () => drawQuestions(db, root.path, { tags: [], minDifficulty: 1, maxDifficulty: 5, types: ['single', 'multiple', 'judge'], count: 10, seed: opts.seed });
  let ids = await draw();
  if (ids.length < 3) {
    for (const q of fallback) {
      const { question, hash } = prepare(q);
      await insertQuestion(db, question, hash, root, null, 'seed');
    }
    ids = await draw();
  }
  const questions = await getQuestionsForContest(db, ids);
  const agencies = await rows<{ id: number; name: string; path: string }>(db, sql`SELECT id, name, path FROM orgs WHERE parent_id = ${root.id} ORDER BY id`);
  const playerCount = opts.scale === 'city' ? 1200 : 150;
  const people = await rows<{ id: number; name: string; path: string }>(
    db,
    sql`SELECT p.id, p.name, o.path FROM people p JOIN orgs o ON o.id = p.org_id
         WHERE p.id IN (SELECT person_id FROM accounts WHERE username = 'member' AND person_id IS NOT NULL)
            OR p.id IN (SELECT p2.id FROM people p2 ORDER BY p2.id LIMIT ${playerCount})
         ORDER BY p.id`,
  );
  const [member] = await rows<{ person_id: number }>(db, sql`SELECT person_id FROM accounts WHERE username = 'member' AND person_id IS NOT NULL`);
  const closesAt = new Date(Date.now() - 7 * 86400_000);
  const opensAt = new Date(closesAt.getTime() - 7 * 86400_000);

  const roundId = await transaction(db, async (tx) => {
    const [c] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO contests (name, description, org_id, org_path, question_source, entrant_kind, scoring, award_rule)
          VALUES (${NAME}, ${'全市机关青年线上初赛，各单位代表队现场决赛，获奖者约占参赛人数一成。'}, ${root.id}, ${root.path},
                  ${JSON.stringify({ kind: 'draw', tags: [], minDifficulty: 1, maxDifficulty: 5, types: ['single', 'multiple', 'judge'], count: ids.length })}::jsonb,
                  'individual', ${JSON.stringify(defaultScoring)}::jsonb, ${JSON.stringify(defaultAwardRule)}::jsonb) RETURNING id`,
    );
    const teams = new Map<string, number>();
    for (const a of agencies) {
      const [t] = await rows<{ id: number }>(tx, sql`INSERT INTO contest_teams (contest_id, name, org_id, org_path, roster) VALUES (${c.id}, ${a.name}, ${a.id}, ${a.path}, '{}'::int[]) RETURNING id`);
      teams.set(a.path, t.id);
    }
    const idArray = `{${ids.join(',')}}`;
    const [r] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO contest_rounds (contest_id, seq, name, kind, question_ids, seconds_per_question, opens_at, closes_at, phase, shuffle_seed)
          VALUES (${c.id}, 1, '线上初赛', 'async', ${idArray}::int[], ${SECONDS}, ${opensAt.toISOString()}::timestamptz, ${closesAt.toISOString()}::timestamptz, 'open', ${rnd.int(1, 2 ** 30)}) RETURNING id`,
    );
    await tx.execute(sql`INSERT INTO contest_rounds (contest_id, seq, name, kind, code, question_ids, seconds_per_question, phase, shuffle_seed)
      VALUES (${c.id}, 2, '现场决赛', 'live', ${String(rnd.int(100000, 999999))}, ${idArray}::int[], ${SECONDS}, 'draft', ${rnd.int(1, 2 ** 30)})`);

    await playQualifier(tx, { roundId: r.id, people, teams, questions, opensAt, rnd, seed: opts.seed, star: member?.person_id });
    return r.id;
  });
  const outcome = await finishRound(ctx, roundId);
  opts.log(`知识竞赛: ${NAME}，线上初赛 ${outcome?.players ?? 0} 人参赛，${outcome?.awards ?? 0} 人获奖；现场决赛待开始`);
  await seedQuarterlyContests(ctx, opts, { root, agencies, questions, ids });
}

/** The first days of the four quarters before the one `today` is in ('2026-12-06' → 2025-10-01 … 2026-07-01). */
export function pastQuarters(today: string): string[] {
  const current = monthStart(today, (Number(today.slice(5, 7)) - 1) % 3);
  return [12, 9, 6, 3].map((back) => monthStart(current, back));
}

/**
 * Earlier years of the programme: a quarterly online contest for young cadres in each of the last four quarters,
 * held in the quarter's second month and ranked by the contest engine, so the past has scores and awards too.
 */
async function seedQuarterlyContests(
  ctx: ModuleContext,
  opts: SeedOptions,
  c: { root: { id: number; path: string }; agencies: { id: number; path: string }[]; questions: BankQuestion[]; ids: number[] },
) {
  const { db } = ctx;
  const rnd = makeRandom(opts.seed + 405);
  const today = shanghaiDay(new Date());
  const people = await rows<Person & { birth: string }>(db, sql`SELECT p.id, p.name, o.path, p.birth_date::text AS birth FROM people p JOIN orgs o ON o.id = p.org_id ORDER BY p.id`);
  const young = people.filter((p) => Number(today.slice(0, 4)) - Number(p.birth.slice(0, 4)) <= 35);
  const perContest = opts.scale === 'city' ? 800 : 100;
  let played = 0;
  for (const first of pastQuarters(today)) {
    const opensAt = shanghaiTime(addDays(monthStart(first, -1), rnd.int(0, 9)), 9 * 60);
    const closesAt = new Date(opensAt.getTime() + 14 * 86400_000);
    const quarter = Math.floor((Number(first.slice(5, 7)) - 1) / 3) + 1;
    const name = `${first.slice(0, 4)}年第${'一二三四'[quarter - 1]}季度机关青年线上知识竞赛`;
    const players = [...young].sort(() => rnd.next() - 0.5).slice(0, perContest).sort((a, b) => a.id - b.id);
    const roundId = await transaction(db, async (tx) => {
      const [contest] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO contests (name, description, org_id, org_path, question_source, entrant_kind, scoring, award_rule, created_at)
            VALUES (${name}, ${'季度线上知识竞赛，机关青年干部自愿参加，获奖者约占参赛人数一成。'}, ${c.root.id}, ${c.root.path},
                    ${JSON.stringify({ kind: 'draw', tags: [], minDifficulty: 1, maxDifficulty: 5, types: ['single', 'multiple', 'judge'], count: c.ids.length })}::jsonb,
                    'individual', ${JSON.stringify(defaultScoring)}::jsonb, ${JSON.stringify(defaultAwardRule)}::jsonb, ${new Date(opensAt.getTime() - 7 * 86400_000).toISOString()}::timestamptz)
            RETURNING id`,
      );
      const teams = new Map<string, number>();
      for (const a of c.agencies) {
        const [t] = await rows<{ id: number }>(tx, sql`INSERT INTO contest_teams (contest_id, name, org_id, org_path, roster) SELECT ${contest.id}, name, id, path, '{}'::int[] FROM orgs WHERE id = ${a.id} RETURNING id`);
        teams.set(a.path, t.id);
      }
      const [r] = await rows<{ id: number }>(
        tx,
        sql`INSERT INTO contest_rounds (contest_id, seq, name, kind, question_ids, seconds_per_question, opens_at, closes_at, phase, shuffle_seed)
            VALUES (${contest.id}, 1, '线上答题', 'async', ${`{${c.ids.join(',')}}`}::int[], ${SECONDS}, ${opensAt.toISOString()}::timestamptz, ${closesAt.toISOString()}::timestamptz, 'open', ${rnd.int(1, 2 ** 30)}) RETURNING id`,
      );
      await playQualifier(tx, { roundId: r.id, people: players, teams, questions: c.questions, opensAt, rnd, seed: opts.seed });
      return r.id;
    });
    await finishRound(ctx, roundId);
    // Ranked as the engine ranks any round; it ended when the round closed, back then.
    await db.execute(sql`UPDATE contest_rounds SET finished_at = ${closesAt.toISOString()}::timestamptz WHERE id = ${roundId}`);
    played += players.length;
  }
  opts.log(`知识竞赛: 过去四个季度各一场线上知识竞赛，共 ${played} 人次参赛`);
}
