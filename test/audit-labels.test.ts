import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabels, auditEntityLabels, auditSummaryTerms } from '../common/audit-actions/index.js';

const serverSrc = resolve(import.meta.dirname, '../server/src');
const fullWidth = /[，。：；（）！？、]/;
const han = /\p{Script=Han}/u;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Lines of server code that write an audit entry or name its action (audit helpers take the code as an argument). */
const auditLines = sources(serverSrc).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ where: `${relative(serverSrc, file)}:${i + 1}`, line }))
    .filter(({ line }) => /\baction\b|logTask\(|auditOutput\(|auditSignup\(|auditFile\(|change\(req/.test(line)),
);

describe('audit action labels', () => {
  it('label every action code in Chinese and in English (English without full-width punctuation)', () => {
    const bad = Object.entries({ ...auditActionLabels, ...auditSummaryTerms, ...auditEntityLabels }).filter(([, l]) => !han.test(l.zh) || !l.en.trim() || /\p{Script=Han}/u.test(l.en) || fullWidth.test(l.en));
    expect(bad).toEqual([]);
  });

  it('every action code written in the server code has a label', () => {
    const labelled = new Set(Object.keys(auditActionLabels));
    const modules = new Set([...labelled].map((c) => c.split('.')[0]));
    const written = auditLines.flatMap(({ where, line }) =>
      [...line.matchAll(/'([a-z_]+)\.([a-z0-9_]+)'/g)].filter((m) => modules.has(m[1]) && /action|logTask|change\(req/.test(line.slice(0, m.index))).map((m) => ({ where, code: `${m[1]}.${m[2]}` })),
    );
    expect(written.length).toBeGreaterThan(200);
    expect(written.filter((w) => !labelled.has(w.code))).toEqual([]);
  });

  it('every entity an audit entry names has a label', () => {
    const entities = sources(serverSrc).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bentity: '([a-z_]+)'/g)].map((m) => m[1]));
    expect(entities.length).toBeGreaterThan(200);
    expect([...new Set(entities)].filter((e) => !Object.hasOwn(auditEntityLabels, e))).toEqual([]);
  });

  it('every action built from a template has labels for its prefix', () => {
    const labelled = Object.keys(auditActionLabels);
    const prefixes = auditLines.flatMap(({ where, line }) => [...line.matchAll(/action: `([a-z_]+\.[a-z_]*)\$\{/g)].map((m) => ({ where, prefix: m[1] })));
    expect(prefixes.length).toBeGreaterThan(10);
    expect(prefixes.filter((p) => !labelled.some((c) => c.startsWith(p.prefix)))).toEqual([]);
  });
});

describe('the audit log reads out codes', () => {
  it('labels actions, humanises file sizes and demand statuses in summaries', async () => {
    const { actionLabel, entityLabel, formatBytes, humaniseSummary } = await import('../web/src/modules/audit/labels.js');
    expect(actionLabel('contests.host_end', 'zh')).toBe('主持：结束竞赛');
    expect(actionLabel('contests.host_end', 'en')).toBe('Host: ended');
    expect(entityLabel('contest_round', 'zh')).toBe('竞赛场次');
    expect(formatBytes(9636)).toBe('9.4 KB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(humaniseSummary('image/jpeg 9636 B', 'zh')).toBe('JPEG 图片 9.4 KB');
    expect(humaniseSummary('QD2026-001 answered → in_progress', 'zh')).toBe('QD2026-001 已答复 → 办理中');
    expect(humaniseSummary('Team A → Team B', 'zh')).toBe('Team A → Team B');
  });
});
