import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Keeps the source graph tidy: no import cycles, a server module reaches another only through its index.ts, and
// the web app shares with the server only what is in common/ (which itself depends on neither).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceRoots = ['server/src', 'web/src', 'common'].map((d) => join(root, d));
const modulesRoot = join(root, 'server/src/modules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const specifierPatterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s*['"]([^'"]+)['"]/gm];

/** The relative imports of a file, resolved to source files (`./x.js` is `./x.ts` or `./x.tsx`). */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set<string>();
  for (const pattern of specifierPatterns) {
    for (const [, spec] of code.matchAll(pattern)) {
      if (!spec.startsWith('.')) continue;
      const target = resolveSource(resolve(dirname(file), spec));
      if (target) found.add(target);
    }
  }
  return [...found];
}

function resolveSource(path: string): string | undefined {
  const bare = path.replace(/\.(js|jsx|ts|tsx)$/, '');
  const candidates = [`${bare}.ts`, `${bare}.tsx`, join(path, 'index.ts'), join(path, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Every import cycle's smallest loop once, as a list of files starting and ending with the same file. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const loop = stack.slice(stack.indexOf(next));
        const key = [...loop].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...loop, next]);
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/**
 * Imports from server/src/modules/<a>/ into server/src/modules/<b>/ (b ≠ a) that are not b's index.ts.
 * A test may also use another module's test fixtures (<b>/*.fixtures.ts), which are never part of the running app.
 */
export function moduleReaches(graph: Map<string, string[]>): string[] {
  const moduleOf = (file: string) => {
    const rel = relative(modulesRoot, file);
    if (rel.startsWith('..')) return undefined;
    const parts = rel.split(sep);
    return parts.length > 1 ? parts[0] : undefined;
  };
  const reaches: string[] = [];
  for (const [file, targets] of graph) {
    const from = moduleOf(file);
    if (!from) continue;
    for (const target of targets) {
      const to = moduleOf(target);
      if (!to || to === from || target === join(modulesRoot, to, 'index.ts')) continue;
      if (file.endsWith('.test.ts') && target.endsWith('.fixtures.ts')) continue;
      reaches.push(`${show(file)} -> ${show(target)}`);
    }
  }
  return reaches.sort();
}

/** Imports that cross a side's edge: web/ into server/, common/ into server/ or web/. */
export function sideReaches(graph: Map<string, string[]>): string[] {
  const sideOf = (file: string) => show(file).split('/')[0];
  const forbidden: Record<string, string[]> = { web: ['server'], common: ['server', 'web'] };
  const reaches: string[] = [];
  for (const [file, targets] of graph) {
    const banned = forbidden[sideOf(file)] ?? [];
    for (const target of targets) if (banned.includes(sideOf(target))) reaches.push(`${show(file)} -> ${show(target)}`);
  }
  return reaches.sort();
}

const show = (file: string) => relative(root, file).split(sep).join('/');

describe('module boundaries', () => {
  const graph = new Map(sourceRoots.flatMap(sourceFiles).map((f) => [f, importsOf(f)]));

  it('reads the imports of the source tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    const registry = join(root, 'web/src/modules/registry.ts');
    expect(graph.get(registry)?.length).toBeGreaterThan(3);
    // every form of import counts: static, re-export, dynamic, side effect, written across lines
    const file = join(root, 'server/src/modules/demands/probe.ts');
    const probe = [
      "import type {\n  Db,\n} from '../../kernel/db/client.js';",
      "export { audit } from '../../kernel/audit/audit.js';",
      "const m = await import('./demands.access.js');",
      "import './intake/demands.search.js';",
      "// import { x } from './demands.reference.js';",
    ].join('\n');
    expect(importsOf(file, probe).map(show).sort()).toEqual([
      'server/src/kernel/audit/audit.ts',
      'server/src/kernel/db/client.ts',
      'server/src/modules/demands/demands.access.ts',
      'server/src/modules/demands/intake/demands.search.ts',
    ]);
  });

  it('finds a cycle and a reach into another module when there is one', () => {
    const [a, b, c] = ['demands/x.ts', 'demands/y.ts', 'learning/z.ts'].map((f) => join(modulesRoot, f));
    const bad = new Map([
      [a, [b]],
      [b, [a, c]],
      [c, []],
    ]);
    expect(importCycles(bad).map((loop) => loop.map(show))).toEqual([
      ['server/src/modules/demands/x.ts', 'server/src/modules/demands/y.ts', 'server/src/modules/demands/x.ts'],
    ]);
    expect(moduleReaches(bad)).toEqual(['server/src/modules/demands/y.ts -> server/src/modules/learning/z.ts']);
    expect(moduleReaches(new Map([[a, [join(modulesRoot, 'learning/index.ts')]]]))).toEqual([]);
    const fixtures = join(modulesRoot, 'learning/learning.fixtures.ts');
    expect(moduleReaches(new Map([[join(modulesRoot, 'demands/x.test.ts'), [fixtures]]]))).toEqual([]);
    expect(moduleReaches(new Map([[a, [fixtures]]]))).toEqual(['server/src/modules/demands/x.ts -> server/src/modules/learning/learning.fixtures.ts']);
    // a file in a folder of the other module is a reach too: a seed must take the bank's writer from learning/index.ts
    const seed = join(modulesRoot, 'contests/contests.seed.ts');
    expect(moduleReaches(new Map([[seed, [join(modulesRoot, 'learning/commands/save-question.ts')]]]))).toEqual([
      'server/src/modules/contests/contests.seed.ts -> server/src/modules/learning/commands/save-question.ts',
    ]);
    expect(importsOf(seed, "import { insertQuestion } from '../learning/commands/save-question.js';").map(show)).toEqual(['server/src/modules/learning/commands/save-question.ts']);
  });

  it('finds an import across the web, server and common edge when there is one', () => {
    const at = (f: string) => join(root, f);
    const bad = new Map([
      [at('web/src/kernel/x.ts'), [at('server/src/kernel/access/roles.ts'), at('common/roles.ts'), at('web/src/kernel/y.ts')]],
      [at('common/a.ts'), [at('server/src/app.ts'), at('web/src/main.tsx'), at('common/b.ts')]],
      [at('server/src/kernel/z.ts'), [at('common/roles.ts')]],
    ]);
    expect(sideReaches(bad)).toEqual([
      'common/a.ts -> server/src/app.ts',
      'common/a.ts -> web/src/main.tsx',
      'web/src/kernel/x.ts -> server/src/kernel/access/roles.ts',
    ]);
    // read from a real file's text, as the graph is
    const probe = "import { roles } from '../../../server/src/kernel/access/roles.js';";
    expect(importsOf(at('web/src/kernel/probe.ts'), probe).map(show)).toEqual(['server/src/kernel/access/roles.ts']);
  });

  it('lets the web app reach the server only through common/, and common/ reach neither', () => {
    expect(sideReaches(graph)).toEqual([]);
    expect([...graph.keys()].some((f) => show(f).startsWith('common/'))).toBe(true);
  });

  it('has no import cycles', () => {
    expect(importCycles(graph).map((loop) => loop.map(show).join(' -> '))).toEqual([]);
  });

  it('lets a server module use another only through its index.ts', () => {
    expect(moduleReaches(graph)).toEqual([]);
  });
});
