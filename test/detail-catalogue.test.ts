import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allModules, defineModuleDetailMessages } from '../server/src/app.js';
import { kernelDetails } from '../server/src/kernel/details/kernel.details.js';
import { localizeMessage } from '../server/src/kernel/details/detail-messages.js';

const root = fileURLToPath(new URL('../server/src', import.meta.url));
const cjk = /[\u4e00-\u9fff]/;
/** English, if with a Chinese term in it: two Latin words in a row. */
const english = (text: string) => !cjk.test(text) || /[a-z]{2,} [a-z]{2,}/i.test(text);

/** Zod methods whose second argument is the message a schema gives. */
const zodMessageMethods = new Set(['refine', 'min', 'max', 'length', 'regex', 'gte', 'lte', 'gt', 'lt', 'nonempty', 'startsWith', 'endsWith', 'includes']);
/** Helpers that take a detail message as their first argument. */
const messageHelpers = new Set(['fileField']);

/**
 * Texts the scan finds that are no detail to translate: start-up checks of the environment (a log line for the
 * operator), and the citizen photo check, which writes its messages in the caller's language itself.
 */
const notDetails = new Map<string, string>([
  ['kernel/env.ts', 'environment checks at start-up'],
  ['modules/demands/citizen/citizen-photos.ts', 'localised where written'],
  ['modules/pairing/entrepreneurs/public.routes.ts', 'a success message, bilingual'],
]);

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'test') sources(path, out);
    } else if (path.endsWith('.ts') && !/\.(test|fixtures|test-helpers)\.ts$/.test(path)) out.push(path);
  }
  return out;
}

const literal = (n: ts.Node): string | null => {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTemplateExpression(n)) return n.head.text + n.templateSpans.map((s) => `{}${s.literal.text}`).join('');
  return null;
};

/** Every English text the server's checks give as a detail message, with `{}` for each value worked in. */
function detailTexts(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  for (const path of sources(root)) {
    const file = relative(root, path);
    if (notDetails.has(file)) continue;
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const add = (n: ts.Node) => {
      const branches = ts.isConditionalExpression(n) ? [n.whenTrue, n.whenFalse] : [n];
      for (const b of branches) {
        const text = literal(b);
        if (text !== null && english(text)) found.push({ file, text });
      }
    };
    const visit = (n: ts.Node) => {
      if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'message') add(n.initializer);
      if (ts.isCallExpression(n)) {
        const callee = n.expression;
        if (ts.isPropertyAccessExpression(callee) && zodMessageMethods.has(callee.name.text)) n.arguments.slice(1).forEach(add);
        if (ts.isIdentifier(callee) && messageHelpers.has(callee.text) && n.arguments[0]) add(n.arguments[0]);
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return found;
}

const catalogues = () => [{ name: 'kernel', messages: kernelDetails }, ...allModules.filter((m) => m.detailMessages).map((m) => ({ name: m.name, messages: m.detailMessages! }))];
const placeholders = (s: string) => s.split('{}').length - 1;

describe('the detail message catalogue', () => {
  beforeAll(() => defineModuleDetailMessages());

  it('has Chinese for every English detail message the server gives', () => {
    const texts = detailTexts();
    expect(texts.length).toBeGreaterThan(250);
    const keys = new Set(catalogues().flatMap((c) => Object.keys(c.messages)));
    const missing = [...new Set(texts.filter((t) => !keys.has(t.text)).map((t) => `${t.file}: ${t.text}`))];
    expect(missing).toEqual([]);
  });

  it('gives each text one Chinese, Chinese in each, the values in the same number, each Chinese once', () => {
    const zhOf = new Map<string, string>();
    const enOf = new Map<string, string>();
    const problems: string[] = [];
    for (const { name, messages } of catalogues()) {
      for (const [en, zh] of Object.entries(messages)) {
        if (zhOf.has(en) && zhOf.get(en) !== zh) problems.push(`${name}: "${en}" told twice, differently`);
        if (enOf.has(zh) && enOf.get(zh) !== en) problems.push(`${name}: "${zh}" stands for both "${en}" and "${enOf.get(zh)}"`);
        if (!cjk.test(zh)) problems.push(`${name}: "${en}" has no Chinese`);
        if (placeholders(en) !== placeholders(zh)) problems.push(`${name}: "${en}" and "${zh}" differ in values`);
        // A key that is little more than placeholders would swallow every message of its shape.
        if (placeholders(en) > 0 && en.replace(/\{\}/g, '').replace(/[^a-zA-Z]/g, '').length < 8) problems.push(`${name}: "${en}" matches too much`);
        zhOf.set(en, zh);
        enOf.set(zh, en);
      }
    }
    expect(problems).toEqual([]);
  });

  it('translates each text by its own entry, not by another that happens to match it', () => {
    const wrong: string[] = [];
    for (const { messages } of catalogues()) {
      for (const [en, zh] of Object.entries(messages)) {
        let n = 0;
        const sample = en.replace(/\{\}/g, () => `v${++n}x`);
        n = 0;
        const expected = zh.replace(/\{\}/g, () => `v${++n}x`);
        if (localizeMessage(sample, 'zh') !== expected) wrong.push(`${sample} → ${localizeMessage(sample, 'zh')}`);
        if (placeholders(en) === 0 && localizeMessage(zh, 'en') !== en) wrong.push(`${zh} ↛ ${en}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
