/**
 * Generates the web app's API types from the served OpenAPI document: `npx tsx scripts/openapi-client.ts`.
 * Run it after changing a route; test/openapi-client.integration.test.ts fails while the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenapiDocument } from '../server/src/kernel/openapi/document.js';
import { generateClientTypes } from './openapi-client-types.js';

export const clientTypesFile = fileURLToPath(new URL('../web/src/api/openapi.ts', import.meta.url));

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(clientTypesFile, await generateClientTypes(await buildOpenapiDocument()));
  console.log(`wrote ${clientTypesFile}`);
}
