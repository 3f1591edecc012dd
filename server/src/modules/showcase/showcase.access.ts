import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';
import { inScope, scopeFor, type Scope } from '../../kernel/access/scope.js';
import type { CaseCategory, CompetitionStatus, FormPart, RubricCriterion } from './showcase.schema.js';

/**
 * Who reaches what. Competitions are managed by the committee that owns them (`showcase.manage`, by the
 * competition's org_path); a case belongs to the organisation that submitted it (`showcase.submit`, by the
 * submission's org_path); a reviewer (`showcase.review`, self) reaches only their own assignments, and never
 * the submitting organisation (blind review).
 */
export type ShowcasePermission = 'showcase.manage' | 'showcase.submit' | 'showcase.review';

export const showcaseScope = (auth: AuthContext, permission: ShowcasePermission): Scope => scopeFor(auth, permission);

export interface CompetitionRow {
  id: number;
  title: string;
  theme: string;
  description: string;
  categories: CaseCategory[];
  form: FormPart[];
  rubric: RubricCriterion[];
  eligibleOrgIds: number[];
  maxAttachments: number;
  opensAt: Date;
  submissionDeadline: Date;
  reviewDeadline: Date;
  reviewersPerCase: number;
  demonstrationQuota: number;
  excellentQuota: number;
  status: CompetitionStatus;
  reviewRound: number;
  orgId: number;
  orgPath: string;
  publishedAt: Date | null;
  createdAt: Date;
}

export const competitionColumns = sql`c.id, c.title, c.theme, c.description, c.categories, c.form, c.rubric, c.eligible_org_ids AS "eligibleOrgIds",
  c.max_attachments AS "maxAttachments", c.opens_at AS "opensAt", c.submission_deadline AS "submissionDeadline", c.review_deadline AS "reviewDeadline",
  c.reviewers_per_case AS "reviewersPerCase", c.demonstration_quota AS "demonstrationQuota", c.excellent_quota AS "excellentQuota", c.status, c.review_round AS "reviewRound",
  c.org_id AS "orgId", c.org_path AS "orgPath", c.published_at AS "publishedAt", c.created_at AS "createdAt"`;

const asDates = (c: CompetitionRow): CompetitionRow => ({
  ...c,
  eligibleOrgIds: (c.eligibleOrgIds ?? []).map(Number),
  opensAt: new Date(c.opensAt),
  submissionDeadline: new Date(c.submissionDeadline),
  reviewDeadline: new Date(c.reviewDeadline),
});

/** A competition the caller manages (404 otherwise); `lock` takes its row for the transaction. */
export async function managedCompetition(db: Db, scope: Scope, id: number, opts: { lock?: boolean } = {}): Promise<CompetitionRow> {
  const [c] = await rows<CompetitionRow>(db, sql`SELECT ${competitionColumns} FROM showcase_competitions c WHERE c.id = ${id} AND ${inScope(sql`c.org_path`, scope)} ${opts.lock ? sql`FOR UPDATE` : sql``}`);
  if (!c) throw new AppError('not_found');
  return asDates(c);
}

/** Any competition by id (the caller's reach is checked by the caller). */
export async function competitionById(db: Db, id: number, opts: { lock?: boolean } = {}): Promise<CompetitionRow | undefined> {
  const [c] = await rows<CompetitionRow>(db, sql`SELECT ${competitionColumns} FROM showcase_competitions c WHERE c.id = ${id} ${opts.lock ? sql`FOR SHARE` : sql``}`);
  return c && asDates(c);
}

/** The names by which a submitting organisation could give itself away: its own and its agency's, full and short. */
export async function orgNamesOf(db: Db, orgPath: string): Promise<string[]> {
  const ids = orgPath.split('/').filter(Boolean).slice(1).map(Number);
  if (!ids.length) return [];
  const found = await rows<{ name: string }>(db, sql`SELECT name FROM orgs WHERE id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
  const names = new Set<string>();
  for (const { name } of found) {
    names.add(name);
    const short = name.replace(/(机关党委|机关党总支|党总支|党支部|党委|委员会)$/, '');
    if (short.length >= 3) names.add(short);
  }
  return [...names].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
}
