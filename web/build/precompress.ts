import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every text asset of the build (at the highest levels: this runs once per
 * build, not per request); the server sends them by Accept-Encoding (@fastify/static `preCompressed`).
 * Files under `min` bytes, or that do not shrink, are left alone.
 */
export function precompressDir(dir: string, min = 1024): { files: number; bytes: number; brotliBytes: number } {
  let files = 0;
  let bytes = 0;
  let brotliBytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (COMPRESSIBLE.test(name)) {
        const raw = readFileSync(path);
        if (raw.length < min) continue;
        const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length >= raw.length && gz.length >= raw.length) continue;
        writeFileSync(`${path}.br`, br);
        writeFileSync(`${path}.gz`, gz);
        files++;
        bytes += raw.length;
        brotliBytes += br.length;
      }
    }
  };
  walk(dir);
  return { files, bytes, brotliBytes };
}

/** Vite plugin: precompress the output folder once the bundle is written. */
export function precompress() {
  let outDir = '';
  return {
    name: 'vanguard-precompress',
    apply: 'build' as const,
    configResolved(config: { build: { outDir: string } }) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const r = precompressDir(outDir);
      console.log(`precompressed ${r.files} files: ${(r.bytes / 1024).toFixed(0)} KB → ${(r.brotliBytes / 1024).toFixed(0)} KB brotli`);
    },
  };
}
