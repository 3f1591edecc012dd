import { sql } from 'drizzle-orm';
import { createTestApp } from '../../../../test/harness.js';
import { rows } from '../../kernel/db/client.js';

const repeat = (s: string, n: number) => Array.from({ length: n }, () => s).join('');

/** A call for cases open now (opened an hour ago, closing in a week) with a three-part form and a three-criterion rubric. */
export function competitionBody(over: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    title: '机关党建创新案例征集（测试）',
    theme: '“四个三”路径淬炼先锋队伍',
    categories: [
      { code: 'youth', name: '青年工作' },
      { code: 'service', name: '服务群众' },
    ],
    form: [
      { key: 'background', label: '背景与问题', required: true, minChars: 10, maxChars: 200 },
      { key: 'practice', label: '主要做法', required: true, minChars: 20, maxChars: 400 },
      { key: 'results', label: '成效与经验', required: false, minChars: 0, maxChars: 200 },
    ],
    rubric: [
      { key: 'innovation', label: '创新性', weight: 0.3, max: 10 },
      { key: 'effect', label: '实效性', weight: 0.4, max: 10 },
      { key: 'replicable', label: '可推广性', weight: 0.3, max: 10 },
    ],
    opensAt: new Date(now - 3_600_000).toISOString(),
    submissionDeadline: new Date(now + 7 * 86_400_000).toISOString(),
    reviewDeadline: new Date(now + 30 * 86_400_000).toISOString(),
    reviewersPerCase: 1,
    demonstrationQuota: 1,
    excellentQuota: 1,
    ...over,
  };
}

/** Case parts within the fixture's limits. */
export const caseParts = (lead = '') => ({
  background: `${lead}机关青年干部理论学习${repeat('不深不透', 3)}。`,
  practice: `修好三门课，创新三载体，完善三机制，树牢三导向，${repeat('组建青年尖刀班攻坚克难', 2)}。`,
});

/** The tiny city with the accounts the showcase tests use and three agencies. */
export async function showcaseTestApp() {
  const t = await createTestApp();
  const [admin, orgadmin, orgadmin2, reviewer, member] = await Promise.all(['admin', 'orgadmin', 'orgadmin2', 'reviewer', 'member'].map((u) => t.login(u)));
  const agencies = await rows<{ id: number; path: string; name: string }>(t.db, sql`SELECT id, path, name FROM orgs WHERE parent_id = (SELECT id FROM orgs WHERE parent_id IS NULL) ORDER BY sort, id LIMIT 3`);
  const branchOf = async (path: string) => (await rows<{ id: number; path: string }>(t.db, sql`SELECT id, path FROM orgs WHERE path LIKE ${path + '%'} AND path <> ${path} ORDER BY id LIMIT 1`))[0];
  const accountId = async (u: string) => (await rows<{ id: number }>(t.db, sql`SELECT id FROM accounts WHERE username = ${u}`))[0].id;
  return { t, admin, orgadmin, orgadmin2, reviewer, member, agencies, branchOf, accountId };
}
