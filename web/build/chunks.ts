import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

interface ModuleInfo {
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
}
interface ChunkingContext {
  getModuleInfo(id: string): ModuleInfo | null;
}

/** The libraries imported by name from one index file that re-exports all of them (`import { Button } from 'antd'`). */
const barrels = ['antd', '@ant-design/icons'] as const;

/** A barrel's exports by name: the file each comes from (`export { default as Button } from './button'`), following `export *`. */
function barrelExports(file: string, into = new Map<string, string>()): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const at = (spec: string) => {
    const base = join(dirname(file), spec);
    for (const f of [base, `${base}.js`, join(base, 'index.js')]) {
      try {
        if (readFileSync(f) && !f.endsWith(sep)) return f;
      } catch {
        // not this one
      }
    }
    return null;
  };
  for (const m of text.matchAll(/export \{ default as (\w+) \} from ["'](\.[^"']+)["']/g)) {
    const f = at(m[2]);
    if (f) into.set(m[1], f);
  }
  for (const m of text.matchAll(/export \* from ["'](\.[^"']+)["']/g)) {
    const f = at(m[1]);
    if (f) barrelExports(f, into);
  }
  return into;
}

/**
 * How the build splits the app into files, for a phone on a slow line (each file that waits for another costs a round
 * trip of half a second or more on 3G, and a browser asks one host for six files at a time):
 *
 * - `base`: what both apps start with: React, the little the public citizen app shares with the staff app (texts,
 *   toasts), the bundler's runtime and the module preload polyfill (each a file of its own otherwise: a browser asks
 *   a host for six files at a time, and the first round also asks who is signed in);
 * - `app`: the staff and member app as it starts (router, queries, antd's core, every module's routes) together with
 *   the member home (/m) and all it shows, so a member's phone gets the home page in one round of a few files, all
 *   named in index.html;
 * - everything else (admin pages, charts, the QR scanner, the editor, live contests, the citizen's pages) stays in
 *   the files of the pages that open it, as the bundler splits them.
 *
 * What a page needs is followed through its imports; through a barrel only to the components it names (the barrel
 * itself leads to every component of the library). The plugin notes those names as the modules are compiled.
 */
export function appChunks(root: string) {
  const src = (path: string) => join(root, 'src', ...path.split('/'));
  const appRoots = [src('App.tsx'), src('modules/me/MobileHome.tsx')];
  const citizenRoot = src('citizen-main.tsx');
  const require = createRequire(join(root, 'package.json'));
  /** Barrel file → its exports by name. */
  const barrelFiles = new Map<string, Map<string, string>>();
  const barrelOf = new Map<string, string>();
  for (const b of barrels) {
    const file = require.resolve(b).replace(/[\\/]lib[\\/]index\.js$/, `${sep}es${sep}index.js`);
    barrelOf.set(b, file);
    barrelFiles.set(file, barrelExports(file));
  }
  /** Module → the barrel exports it names. */
  const named = new Map<string, Set<string>>();
  let sets: { app: Set<string>; citizen: Set<string> } | null = null;

  const plugin = {
    name: 'vanguard-barrel-imports',
    apply: 'build' as const,
    transform(code: string, id: string) {
      if (id.includes(`${sep}node_modules${sep}`)) return null;
      for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
        const file = barrelOf.get(m[2]);
        if (!file) continue;
        const exports = barrelFiles.get(file)!;
        const names = named.get(id) ?? new Set<string>();
        for (const part of m[1].split(',')) {
          const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
          const target = exports.get(name);
          if (target) names.add(target);
        }
        named.set(id, names);
      }
      return null;
    },
  };

  const reach = (ctx: ChunkingContext, from: string[], dynamic: boolean) => {
    const seen = new Set<string>();
    const todo = [...from];
    while (todo.length > 0) {
      const id = todo.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const info = ctx.getModuleInfo(id);
      if (!info) continue;
      for (const dep of [...info.importedIds, ...(dynamic ? info.dynamicallyImportedIds : [])]) {
        if (barrelFiles.has(dep)) todo.push(...(named.get(id) ?? []));
        else todo.push(dep);
      }
    }
    return seen;
  };
  const setsOf = (ctx: ChunkingContext) => {
    // What the member home needs before it shows (static imports), and everything the citizen app may load.
    sets ??= { app: reach(ctx, appRoots, false), citizen: reach(ctx, [citizenRoot], true) };
    return sets;
  };
  const isReact = (id: string) => /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id);
  const isRuntime = (id: string) => id.includes('modulepreload-polyfill') || /rolldown[\\/]runtime/.test(id);

  const codeSplitting = {
    // A module of a group comes with what it imports only where the sets above say so (not every export of a barrel).
    includeDependenciesRecursively: false,
    groups: [
      {
        name: (id: string, ctx: ChunkingContext) => {
          const { app, citizen } = setsOf(ctx);
          return isReact(id) || isRuntime(id) || (app.has(id) && citizen.has(id)) ? 'base' : null;
        },
        priority: 20,
      },
      {
        name: (id: string, ctx: ChunkingContext) => {
          const { app, citizen } = setsOf(ctx);
          return app.has(id) && !citizen.has(id) && !isReact(id) && !isRuntime(id) ? 'app' : null;
        },
        priority: 10,
      },
    ],
  };
  return { plugin, codeSplitting };
}
