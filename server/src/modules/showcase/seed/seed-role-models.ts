import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { rows, type Db } from '../../../kernel/db/client.js';
import { bulkInsert } from '../../../kernel/db/bulk-insert.js';
import { storeBytes } from '../../../kernel/files/stored-keys.js';
import { checkBytes } from '../../../kernel/files/image-check.js';
import type { Random } from '../../../seed/random.js';
import { exemplarCategories } from '../../../../../common/showcase-categories.js';
import { MEDIA_AREA } from '../role-models/exemplars.js';

/** The case's three micro-video series. */
export const demoSeries = [
  { title: '巾帼之话产业', description: '机关女干部讲述服务产业发展、助企纾困的一线故事。' },
  { title: '青年显担当', description: '青年干部在重大任务、关键岗位上担当作为的微视频。' },
  { title: '奔赴', description: '青年尖刀班奔赴项目一线、攻坚克难的纪实短片。' },
];

const deeds = [
  '扎根项目一线，带领青年尖刀班连续攻坚，推动重点项目提前投产',
  '在12345热线诉求办理中牵头“青诉即办”，群众满意率持续提升',
  '深入企业开展“问需于企”走访，协调解决用地、融资等难题',
  '在防汛救灾一线连续值守，组织党员突击队转移群众',
  '牵头编写青年理论学习读本，带动支部“学思践悟”',
  '驻村帮扶三年，发展特色产业，带动群众增收',
];
const palette = ['#b71c1c', '#c62828', '#ad1457', '#6a1b9a', '#1565c0', '#00695c', '#ef6c00', '#4e342e'];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A poster frame: the series' colour, its title and the role model's name (rendered from SVG). */
async function poster(title: string, name: string, colour: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="${colour}"/>
    <text x="40" y="90" font-size="40" fill="#ffe082" font-family="Noto Sans CJK SC, sans-serif">《${esc(title)}》</text>
    <text x="40" y="200" font-size="56" fill="#ffffff" font-family="Noto Sans CJK SC, sans-serif">${esc(name)}</text>
    <text x="40" y="300" font-size="26" fill="#ffffffcc" font-family="Noto Sans CJK SC, sans-serif">青春之岛 · 先锋队伍</text></svg>`;
  const bytes = await sharp(Buffer.from(svg)).png().toBuffer();
  return bytes;
}

export interface RoleModelSeedSummary {
  exemplars: number;
  nominees: number;
  votes: number;
  voters: number;
  episodes: number;
}

/**
 * 树典型 for the demo city: the three series; per agency a few role models (people of the agency, and a team),
 * each with a poster photo; two in three are episodes of a series, seeded as the episode's still (a photo in the
 * series: no video encoder runs at seed time, so the micro-videos themselves are uploaded through the pages);
 * last year's closed round with winners on the wall and
 * this year's round in its voting window with hidden results and members' votes.
 */
export async function seedRoleModels(tx: Db, r: Random, o: { dataDir: string; now: Date; rootId: number; rootPath: string; adminId: number; agencies: { id: number; path: string }[]; perAgency: number; maxVoters: number }) {
  const day = 86_400_000;
  const series = await rows<{ id: number; title: string }>(
    tx,
    sql`INSERT INTO showcase_video_series (title, description, sort) VALUES ${sql.join(demoSeries.map((s, i) => sql`(${s.title}, ${s.description}, ${i})`), sql`, `)}
        ON CONFLICT (title) DO UPDATE SET description = EXCLUDED.description RETURNING id, title`,
  );
  const planned: { orgId: number; orgPath: string; kind: 'person' | 'team'; name: string; personId: number | null; category: string; story: string }[] = [];
  for (const a of o.agencies) {
    const people = await rows<{ id: number; name: string; orgId: number; path: string }>(
      tx,
      sql`SELECT p.id, p.name, p.org_id AS "orgId", g.path FROM people p JOIN orgs g ON g.id = p.org_id WHERE g.path LIKE ${a.path + '%'} ORDER BY p.id LIMIT ${o.perAgency * 4}`,
    );
    const [ag] = await rows<{ name: string }>(tx, sql`SELECT name FROM orgs WHERE id = ${a.id}`);
    for (let i = 0; i < o.perAgency - 1 && people.length; i++) {
      const p = people[(i * 3 + r.int(0, 2)) % people.length];
      if (planned.some((x) => x.personId === p.id)) continue;
      planned.push({ orgId: p.orgId, orgPath: p.path, kind: 'person', name: p.name, personId: p.id, category: r.pick(exemplarCategories).code, story: `${p.name}同志${r.pick(deeds)}。${r.pick(deeds)}。` });
    }
    planned.push({ orgId: a.id, orgPath: a.path, kind: 'team', name: `${ag.name.replace(/(机关党委|党委|党组)$/, '')}青年尖刀班`, personId: null, category: 'major_task', story: `青年尖刀班${r.pick(deeds)}。` });
  }
  const exemplars = await rows<{ id: number; name: string; orgPath: string; orgId: number }>(
    tx,
    sql`INSERT INTO showcase_exemplars (kind, name, person_id, org_id, org_path, category, story, honours, status, created_by, created_at, updated_at)
        VALUES ${sql.join(
          planned.map((p) => sql`(${p.kind}, ${p.name}, ${p.personId}, ${p.orgId}, ${p.orgPath}, ${p.category}, ${p.story}, ${JSON.stringify([{ year: o.now.getUTCFullYear() - 1, title: r.pick(['优秀共产党员', '青年岗位能手', '三八红旗手', '先进工作者']) }])}::jsonb, 'published', ${o.adminId}, ${new Date(o.now.getTime() - 200 * day).toISOString()}::timestamptz, ${new Date(o.now.getTime() - 200 * day).toISOString()}::timestamptz)`),
          sql`, `,
        )} RETURNING id, name, org_path AS "orgPath", org_id AS "orgId"`,
  );
  // A poster photo for each; the first two thirds are episodes of a series.
  const media: { exemplarId: number; key: string; size: number; title: string; seriesId: number | null; episode: number | null }[] = [];
  const episodeOf = new Map<number, number>();
  for (const [i, e] of exemplars.entries()) {
    const s = i % 3 === 2 ? null : series[i % series.length];
    const bytes = await poster(s?.title ?? '先锋风采', e.name, palette[i % palette.length]);
    const key = await storeBytes(o.dataDir, MEDIA_AREA, await checkBytes(bytes, ['png']));
    const episode = s ? (episodeOf.get(s.id) ?? 0) + 1 : null;
    if (s) episodeOf.set(s.id, episode!);
    media.push({ exemplarId: e.id, key, size: bytes.length, title: s ? `《${s.title}》第${episode}集 ${e.name}` : `${e.name}工作照`, seriesId: s?.id ?? null, episode });
  }
  await bulkInsert(
    tx,
    'showcase_exemplar_media',
    [
      ['exemplar_id', 'int', (m) => m.exemplarId],
      ['kind', 'text', () => 'photo'],
      ['file_key', 'text', (m) => m.key],
      ['mime', 'text', () => 'image/png'],
      ['size', 'int', (m) => m.size],
      ['title', 'text', (m) => m.title],
      ['series_id', 'int', (m) => m.seriesId],
      ['episode', 'int', (m) => m.episode],
    ],
    media,
  );

  // Last year's round: closed, winners on the wall; this year's: voting now, results hidden.
  const year = o.now.getUTCFullYear();
  const at = (d: number) => new Date(o.now.getTime() + d * day).toISOString();
  const [last] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO showcase_vote_rounds (title, description, org_id, org_path, nomination_deadline, voting_opens_at, voting_closes_at, votes_per_member, hide_results, winners, status, created_by)
        VALUES (${`${year - 1}年度“青春之岛”先锋典型网络评选`}, '目标导向树典型：各单位推荐、委员会审核、全体党员网络投票。', ${o.rootId}, ${o.rootPath}, ${at(-330)}, ${at(-320)}, ${at(-300)}, 3, true, ${Math.max(3, Math.round(exemplars.length / 6))}, 'closed', ${o.adminId}) RETURNING id`,
  );
  const [current] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO showcase_vote_rounds (title, description, org_id, org_path, nomination_deadline, voting_opens_at, voting_closes_at, votes_per_member, hide_results, winners, status, created_by)
        VALUES (${`${year}年度“青年显担当”先锋典型网络评选`}, '每人可投3票，每名候选人限投1票；投票结束后公布结果。', ${o.rootId}, ${o.rootPath}, ${at(-5)}, ${at(-3)}, ${at(10)}, 3, true, 10, 'voting', ${o.adminId}) RETURNING id`,
  );
  const half = Math.ceil(exemplars.length / 2);
  const rounds = [
    { id: last.id, list: exemplars.slice(0, half) },
    { id: current.id, list: exemplars.slice(half) },
  ];
  const voters = await rows<{ accountId: number; personId: number }>(
    tx,
    sql`SELECT a.id AS "accountId", a.person_id AS "personId" FROM accounts a JOIN people p ON p.id = a.person_id JOIN orgs g ON g.id = p.org_id WHERE g.path LIKE ${o.rootPath + '%'} ORDER BY a.id LIMIT ${o.maxVoters}`,
  );
  let votes = 0;
  let nominees = 0;
  for (const [ri, round] of rounds.entries()) {
    const noms = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO showcase_nominations (round_id, exemplar_id, org_id, org_path, material, status, reviewed_by, reviewed_at, created_by)
          VALUES ${sql.join(round.list.map((e) => sql`(${round.id}, ${e.id}, ${e.orgId}, ${e.orgPath}, ${`推荐${e.name}：事迹突出，群众认可。`}, 'approved', ${o.adminId}, ${at(ri ? -4 : -325)}, ${o.adminId})`), sql`, `)}
          RETURNING id`,
    );
    nominees += noms.length;
    const cast: { nominationId: number; accountId: number; personId: number; at: Date }[] = [];
    const share = ri ? 0.45 : 0.8;
    for (const v of voters) {
      if (!r.chance(share)) continue;
      const picks = new Set<number>();
      const n = r.int(1, 3);
      for (let k = 0; k < n * 2 && picks.size < n; k++) picks.add(noms[r.zipf(noms.length, 0.9)].id);
      for (const id of picks) cast.push({ nominationId: id, accountId: v.accountId, personId: v.personId, at: new Date(o.now.getTime() + (ri ? -3 + r.next() * 2.9 : -320 + r.next() * 19) * day) });
    }
    await bulkInsert(
      tx,
      'showcase_votes',
      [
        ['round_id', 'int', () => round.id],
        ['nomination_id', 'int', (x) => x.nominationId],
        ['account_id', 'int', (x) => x.accountId],
        ['person_id', 'int', (x) => x.personId],
        ['cast_at', 'timestamptz', (x) => x.at],
      ],
      cast,
    );
    votes += cast.length;
    await tx.execute(sql`INSERT INTO showcase_ballots (round_id, account_id, used) SELECT round_id, account_id, count(*) FROM showcase_votes WHERE round_id = ${round.id} GROUP BY round_id, account_id`);
    await tx.execute(sql`UPDATE showcase_nominations n SET vote_count = (SELECT count(*) FROM showcase_votes v WHERE v.nomination_id = n.id) WHERE n.round_id = ${round.id}`);
  }
  await tx.execute(sql`UPDATE showcase_nominations SET winner = true WHERE id IN (SELECT id FROM showcase_nominations WHERE round_id = ${last.id} ORDER BY vote_count DESC, id LIMIT (SELECT winners FROM showcase_vote_rounds WHERE id = ${last.id}))`);
  await tx.execute(sql`UPDATE showcase_exemplars SET on_wall = true WHERE id IN (SELECT exemplar_id FROM showcase_nominations WHERE round_id = ${last.id} AND winner)`);
  const [{ n: voterCount }] = await rows<{ n: number }>(tx, sql`SELECT count(DISTINCT account_id)::int AS n FROM showcase_votes`);
  return { exemplars: exemplars.length, nominees, votes, voters: voterCount, episodes: [...episodeOf.values()].reduce((s, n) => s + n, 0) } satisfies RoleModelSeedSummary;
}
