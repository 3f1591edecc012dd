/** Writes the served OpenAPI document to a file: `npx tsx scripts/openapi-dump.ts [out.json]` (default openapi.json). */
import { writeFileSync } from 'node:fs';
import { buildOpenapiDocument } from '../server/src/kernel/openapi/document.js';

const out = process.argv[2] ?? 'openapi.json';
writeFileSync(out, JSON.stringify(await buildOpenapiDocument(), null, 2));
console.log(`wrote ${out}`);
