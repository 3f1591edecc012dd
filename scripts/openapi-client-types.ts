import openapiTS, { astToString } from 'openapi-typescript';

const header = `/**
 * The API's types, generated from /api/openapi.json by scripts/openapi-client.ts. Do not edit: change the route's
 * zod schemas on the server and run \`npx tsx scripts/openapi-client.ts\`.
 */
/* eslint-disable */
`;

/** The TypeScript types (paths, components, operations) of an OpenAPI document. */
export async function generateClientTypes(doc: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return header + astToString(ast);
}
