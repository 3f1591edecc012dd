import { basename } from 'node:path';

/**
 * Answers of 1 KB or more are compressed when the caller accepts it (lists, documents); brotli at a low level and
 * gzip, which cost little CPU per request. Event streams are never compressed (they would be held back), and a
 * precompressed asset (Content-Encoding already set) is sent as it is.
 */
export const compressOptions = {
  global: true,
  threshold: 1024,
  encodings: ['br', 'gzip'] as ('br' | 'gzip')[],
};

/** A build file whose name carries its content hash (Vite: name-<8+ chars of [A-Za-z0-9_-]>.ext). */
const HASHED = /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.(br|gz))?$/;

/**
 * Content-hashed assets never change under their name: cached for a year, immutable. Everything else (index.html,
 * favicon) is revalidated on every visit so a new release shows at once.
 */
export function assetCacheHeaders(reply: { header(name: string, value: string): unknown }, path: string): void {
  const name = basename(path);
  reply.header('cache-control', path.includes('/assets/') && HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache');
}
