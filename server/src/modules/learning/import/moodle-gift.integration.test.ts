import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbKind, type TestApp } from '../../../../../test/harness.js';
import { rows } from '../../../kernel/db/client.js';
import { multipartBody } from '../../../kernel/roster/roster.fixtures.js';
import { moodleGift } from './moodle-gift.fixtures.js';

type Client = Awaited<ReturnType<TestApp['login']>>;
interface Item {
  line: number;
  type: string | null;
  status: string;
  reason: string | null;
  message: string | null;
  messageEn: string | null;
}

describe(`question import: Moodle GIFT through the route (${dbKind})`, () => {
  let t: TestApp;
  let orgadmin: Client;
  let agencyId: number;
  const upload = (file: string, filename: string, query: string) => {
    const { payload, contentType } = multipartBody(Buffer.from(file), filename, 'application/octet-stream');
    return orgadmin.request({ method: 'POST', url: `/api/v1/learning/questions/import?orgId=${agencyId}&${query}`, payload, headers: { 'content-type': contentType } });
  };
  const lineOf = (text: string) => moodleGift.split('\n').findIndex((l) => l.includes(text)) + 1;

  beforeAll(async () => {
    t = await createTestApp();
    orgadmin = await t.login('orgadmin');
    [{ id: agencyId }] = await rows<{ id: number }>(t.db, sql`SELECT r.org_id AS id FROM role_assignments r JOIN accounts a ON a.id = r.account_id WHERE a.username = 'orgadmin'`);
  });
  afterAll(() => t.close());

  it('the dry run lists every refusal with its reason in Chinese and English, and writes nothing', async () => {
    const res = await upload(moodleGift, 'moodle.gift', 'mode=dry-run');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as { total: number; imported: number; skipped: number; items: Item[] };
    expect(report).toMatchObject({ total: 22, imported: 10, skipped: 12 });
    const refusals = report.items.filter((i) => i.status === 'skipped').map((i) => ({ line: i.line, type: i.type, reason: i.reason }));
    expect(refusals).toEqual([
      { line: lineOf('::Weighted multi::'), type: 'multiple', reason: 'unsupported_scoring' },
      { line: lineOf('::Zero-weight multi::'), type: 'multiple', reason: 'unsupported_scoring' },
      { line: lineOf('::Weighted short::'), type: 'fill', reason: 'unsupported_scoring' },
      { line: lineOf('::Two equals::'), type: 'single', reason: 'unsupported_scoring' },
      { line: lineOf('::Partial single::'), type: 'single', reason: 'unsupported_scoring' },
      { line: lineOf('::Penalty single::'), type: 'single', reason: 'unsupported_scoring' },
      { line: lineOf('::Num tol::'), type: 'numerical', reason: 'unsupported_type' },
      { line: lineOf('::Num range::'), type: 'numerical', reason: 'unsupported_type' },
      { line: lineOf('::Num weighted::'), type: 'numerical', reason: 'unsupported_type' },
      { line: lineOf('::Matching::'), type: 'matching', reason: 'unsupported_type' },
      { line: lineOf('::Essay::'), type: 'essay', reason: 'unsupported_type' },
      { line: lineOf('A description'), type: 'description', reason: 'unsupported_type' },
    ]);
    const short = report.items.find((i) => i.line === lineOf('::Weighted short::'))!;
    expect(short.message).toBe(`第 ${short.line} 行：“cat”只得部分分（%50%）；本平台填空题只按全对或全错判分，未导入`);
    expect(short.messageEn).toBe(`Line ${short.line}: "cat" earns partial credit (%50%); fill-in questions here score all or nothing; not imported`);
    const multi = report.items.find((i) => i.line === lineOf('::Weighted multi::'))!;
    expect(multi.message).toContain('%50% %50% %-100%');
    expect(multi.messageEn).toContain('partial credit');
    expect(report.items.filter((i) => i.status === 'skipped').every((i) => i.message && i.messageEn)).toBe(true);
    const [{ n }] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM learning_questions WHERE source = 'gift'`);
    expect(n).toBe(0);
  });

  it('applied, the stored questions carry no format markers and the feedback as labelled explanation', async () => {
    const applied = (await upload(moodleGift, 'moodle.gift', 'mode=apply')).json();
    expect(applied.imported).toBe(10);
    const stored = await rows<{ type: string; stem: string; options: string[]; answer: string[]; explanation: string; tags: string[] }>(
      t.db,
      sql`SELECT type, stem, options, answer, explanation, tags FROM learning_questions WHERE source = 'gift' AND org_id = ${agencyId} ORDER BY id`,
    );
    expect(stored.map((q) => q.stem)).toEqual([
      'What colour is the **sky**?',
      "Grant is buried in Grant's tomb.",
      'Grant was born in 1900.',
      'Moodle is written in PHP.',
      'The sun rises in the east.',
      'Pick the prime.',
      "Who's buried in Grant's tomb?",
      'Is 1 = 1 {always} true#? a ~ b',
      "Grant is ____ in Grant's tomb.",
      'A question in the second category.',
    ]);
    expect(stored[0]).toEqual({ type: 'single', stem: 'What colour is the **sky**?', options: ['blue', 'green', 'red <warm>'], answer: ['A'], explanation: '选“blue”：Right & well done', tags: ['Colours'] });
    expect(stored[2]).toMatchObject({ type: 'judge', answer: ['false'], explanation: '答错时：x\n答对时：y' });
    expect(stored[6]).toMatchObject({ type: 'fill', answer: ['no one', 'nobody'] });
  });

  it('JSON: an answer that fits several options only loosely is reported; 正确|错误 options import as true/false', async () => {
    const bank = JSON.stringify({ '“春节”的拼音是|Chūn jié|Chūnjié|chūn jié|chūnjié': 'chūnjié', '春节拼音（大写）|Chūn jié|Chūnjié': 'CHŪNJIÉ', '党员的党龄从转正之日算起|正确|错误': 'B' }, null, 1);
    const report = (await upload(bank, 'bank.json', 'mode=apply')).json() as { items: (Item & { questionId: number })[] };
    expect(report.items.map((i) => [i.status, i.type, i.reason])).toEqual([
      ['imported', 'single', null],
      ['skipped', null, 'parse_error'],
      ['imported', 'judge', null],
    ]);
    expect(report.items[1].messageEn).toContain('ambiguous');
    const [pinyin] = await rows<{ answer: string[] }>(t.db, sql`SELECT answer FROM learning_questions WHERE id = ${report.items[0].questionId}`);
    expect(pinyin.answer).toEqual(['D']);
    const [judge] = await rows<{ answer: string[]; options: string[] }>(t.db, sql`SELECT answer, options FROM learning_questions WHERE id = ${report.items[2].questionId}`);
    expect(judge).toEqual({ answer: ['false'], options: [] });
  });
});
