import type { Challenge } from './api-types.js';

function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const b of bytes) {
    if (b === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(b) - 24;
  }
  return bits;
}

const encoder = new TextEncoder();
const BATCH = 256;

/**
 * The server's proof of work (challenge.ts): find x with sha256(nonce + x) starting with
 * `difficulty` zero bits. Hashes run in batches so the page stays responsive and shows progress.
 */
export async function solveChallenge(ch: Challenge, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<string> {
  const expected = 2 ** ch.difficulty;
  for (let start = 0; ; start += BATCH) {
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const digests = await Promise.all(
      Array.from({ length: BATCH }, (_, i) => crypto.subtle.digest('SHA-256', encoder.encode(ch.nonce + String(start + i)))),
    );
    const hit = digests.findIndex((d) => leadingZeroBits(new Uint8Array(d)) >= ch.difficulty);
    if (hit >= 0) return String(start + hit);
    onProgress?.(Math.min(0.99, (start + BATCH) / (expected * 2)));
  }
}
