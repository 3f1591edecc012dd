import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenapiDocument } from '../server/src/kernel/openapi/document.js';
import { generateClientTypes } from '../scripts/openapi-client-types.js';
import { clientTypesFile } from '../scripts/openapi-client.js';

/**
 * The web app's API types (web/src/api/openapi.ts) are generated from the served document; a route whose schema
 * changed without regenerating them fails here, and `tsc` then checks every page against the new types.
 */
describe('generated API client types', () => {
  it('match what the current server documents (run `npx tsx scripts/openapi-client.ts` after changing a route)', async () => {
    const expected = await generateClientTypes(await buildOpenapiDocument());
    const committed = readFileSync(clientTypesFile, 'utf8');
    if (committed !== expected) {
      const a = committed.split('\n');
      const b = expected.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(`web/src/api/openapi.ts is stale from line ${line + 1}: committed ${JSON.stringify(a[line])}, server gives ${JSON.stringify(b[line])}`);
    }
    expect(committed).toBe(expected);
  }, 60_000);
});
