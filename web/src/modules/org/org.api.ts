import type { Answer } from '../../kernel/api-client.js';

/** The organisation, people and accounts APIs' shapes, from the server's schemas (web/src/api/openapi.ts). */
export type OrgNode = Answer<'/api/v1/orgs/tree', 'get'>['nodes'][number];
export type OrgKind = OrgNode['kind'];
export type OrgDetail = Answer<'/api/v1/orgs/{id}', 'get'>;
export type Person = Answer<'/api/v1/people', 'get'>['items'][number];
export type Account = Answer<'/api/v1/accounts', 'get'>['items'][number];
export type AccountRole = Account['roles'][number];
export type ImportResult = Answer<'/api/v1/roster/import', 'post'>;
export type RowError = ImportResult['errors'][number];
