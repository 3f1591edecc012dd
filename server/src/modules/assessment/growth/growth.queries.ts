import { sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../kernel/module.js';
import { rows, type Db } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import type { AuthContext } from '../../../kernel/auth/auth-context.js';
import { pathInScope } from '../../../kernel/access/scope.js';
import { figuresFor } from '../../../kernel/figures/figures.module.js';
import { kindOf } from '../../../kernel/figures/figures.engine.js';
import { learningGrowth } from '../../learning/index.js';
import { contestsGrowth } from '../../contests/index.js';
import { squadsGrowth, fiveDimensions } from '../../squads/index.js';
import { communityGrowth } from '../../community/index.js';
import { practiceGrowth } from '../../practice/index.js';
import { manageScope } from '../assessment.access.js';

export interface GrowthPerson {
  id: number;
  name: string;
  gender: string | null;
  age: number | null;
  orgId: number;
  orgName: string;
  orgPath: string;
  partyStatus: string | null;
}

/**
 * The person whose profile is asked for, if the caller may see it: the person themselves, or an `assessment.manage`
 * holder whose subtree holds the person's organisation (their organisation's admins and the committee). Anyone else
 * gets the same 404 as for an unknown person.
 */
export async function visiblePerson(db: Db, auth: AuthContext, personId: number): Promise<GrowthPerson> {
  const [p] = await rows<GrowthPerson>(
    db,
    sql`SELECT p.id, p.name, p.gender, date_part('year', age((now() AT TIME ZONE 'Asia/Shanghai')::date, p.birth_date))::int AS age,
               o.id AS "orgId", o.name AS "orgName", o.path AS "orgPath", p.party_status AS "partyStatus"
          FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${personId}`,
  );
  if (!p || (auth.personId !== p.id && !pathInScope(p.orgPath, manageScope(auth)))) throw new AppError('not_found');
  return p;
}

const gradeName = { excellent: '优秀', good: '良好', fair: '一般', poor: '较差' } as Record<string, string>;

/** The person's results in closed and confirmed rounds of this module. */
async function assessmentGrowth(db: Db, personId: number) {
  const list = await rows<{ roundId: number; targetId: number; round: string; total: string; grade: string; rank: number; n: number; status: string; at: string }>(
    db,
    sql`SELECT r.id AS "roundId", t.id AS "targetId", r.name AS round, x.total, x.grade, x.rank, r.status,
               (SELECT count(*)::int FROM assessment_targets u WHERE u.round_id = r.id) AS n, coalesce(r.confirmed_at, r.closed_at) AS at
          FROM assessment_targets t JOIN assessment_rounds r ON r.id = t.round_id JOIN assessment_results x ON x.target_id = t.id
         WHERE t.person_id = ${personId} AND r.status IN ('closed', 'confirmed')`,
  );
  return list.map((r) => ({
    at: new Date(r.at).toISOString(),
    kind: 'assessment',
    title: `${r.round}：${gradeName[r.grade] ?? r.grade}`,
    detail: `第 ${r.rank} / ${r.n} 名${r.status === 'confirmed' ? '（已确认）' : '（待确认）'}`,
    value: `${Number(r.total)} 分`,
    link: `/assessment/rounds/${r.roundId}/targets/${r.targetId}`,
    mobileLink: null,
  }));
}

export const growthKinds = ['study', 'exam', 'quiz', 'contest', 'award', 'squad', 'squad_score', 'volunteer', 'report', 'assessment'] as const;

/** Everything the modules know of one person, assembled: registered person figures, a timeline, the 五比 radar. */
export async function growthProfile(ctx: ModuleContext, person: GrowthPerson) {
  const { db } = ctx;
  const engine = figuresFor(ctx);
  const personMetrics = engine.metrics().filter((m) => kindOf(m.def) === 'person');
  const values = await engine.values(personMetrics, { orgPath: person.orgPath, personId: person.id });
  const [learning, contests, squads, community, practice, assessment] = await Promise.all([
    learningGrowth(db, person.id),
    contestsGrowth(db, person.id),
    squadsGrowth(db, person.id),
    communityGrowth(db, person.id),
    practiceGrowth(db, person.id),
    assessmentGrowth(db, person.id),
  ]);
  const timeline = [...learning, ...contests, ...squads.facts, ...community, ...practice, ...assessment].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.title.localeCompare(b.title)));
  const counts = Object.fromEntries(growthKinds.map((k) => [k, timeline.filter((f) => f.kind === k).length])) as Record<(typeof growthKinds)[number], number>;
  const volunteerHours = community.reduce((s, f) => s + Number.parseFloat(f.value), 0);
  return {
    person: { id: person.id, name: person.name, gender: person.gender, age: person.age, orgId: person.orgId, orgName: person.orgName, partyStatus: person.partyStatus },
    figures: personMetrics.map((m) => ({ name: m.def.name, label: m.def.label, unit: m.def.unit ?? '', value: values.get(m.def.name) ?? 0 })),
    summary: { volunteerHours: Math.round(volunteerHours * 100) / 100, counts },
    radar: squads.radar ?? { squadId: null, squadName: null, period: null, total: null, dimensions: fiveDimensions.map((d) => ({ ...d, value: null })) },
    timeline: timeline.map((f) => ({ ...f, kind: f.kind as (typeof growthKinds)[number] })),
  };
}

export type GrowthProfile = Awaited<ReturnType<typeof growthProfile>>;
