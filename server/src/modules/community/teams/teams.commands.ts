import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope, assertPeopleInScope, refsOf } from '../../../kernel/org/referenced-ids.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../../kernel/org/pg-errors.js';
import { textArray } from '../../../kernel/db/array-literals.js';
import type { createTeamBody, updateTeamBody } from './teams.dto.js';

const streetCodes = new Set(
  (JSON.parse(readFileSync(new URL('../../../seed/qingdao.json', import.meta.url), 'utf8')) as { streets: { code: string }[] }).streets.map((s) => s.code),
);

type Areas = { communityIds: number[]; streetCodes: string[] };

/** Service types are need types (community_need_types); areas are known communities or reference streets. */
async function checkReferences(tx: Db, serviceTypes: string[] | undefined, areas: Areas | undefined) {
  const issues: { field: string; message: string }[] = [];
  if (serviceTypes?.length) {
    const known = new Set((await rows<{ code: string }>(tx, sql`SELECT code FROM community_need_types WHERE code = ANY(${textArray(serviceTypes)}::text[])`)).map((r) => r.code));
    serviceTypes.forEach((c, i) => known.has(c) || issues.push({ field: `serviceTypes.${i}`, message: 'unknown service type' }));
  }
  if (areas?.communityIds.length) {
    const ids = areas.communityIds;
    const known = new Set((await rows<{ id: number }>(tx, sql`SELECT id FROM communities WHERE id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`)).map((r) => r.id));
    ids.forEach((c, i) => known.has(c) || issues.push({ field: `areas.communityIds.${i}`, message: 'unknown community' }));
  }
  areas?.streetCodes.forEach((c, i) => streetCodes.has(c) || issues.push({ field: `areas.streetCodes.${i}`, message: 'unknown street' }));
  if (issues.length) throw new AppError('validation_failed', issues);
}

async function setAreas(tx: Db, teamId: number, areas: Areas) {
  await tx.execute(sql`DELETE FROM community_team_areas WHERE team_id = ${teamId}`);
  for (const c of new Set(areas.communityIds)) await tx.execute(sql`INSERT INTO community_team_areas (team_id, community_id) VALUES (${teamId}, ${c})`);
  for (const s of new Set(areas.streetCodes)) await tx.execute(sql`INSERT INTO community_team_areas (team_id, street_code) VALUES (${teamId}, ${s})`);
}

/** Adds people not in the team now; answers how many joined. */
async function addMembers(tx: Db, teamId: number, personIds: number[]) {
  let added = 0;
  for (const p of new Set(personIds)) {
    const r = await rows(tx, sql`INSERT INTO community_team_members (team_id, person_id) VALUES (${teamId}, ${p}) ON CONFLICT (team_id, person_id) WHERE left_at IS NULL DO NOTHING RETURNING id`);
    added += r.length;
  }
  return added;
}

const conflictOnName = (err: unknown): never => {
  if (pgErrorCode(err) === UNIQUE_VIOLATION) throw new AppError('conflict', [{ field: 'name', message: 'the organisation already has a team of this name' }]);
  throw err;
};

export async function createTeam(db: Db, req: FastifyRequest, scope: Scope, input: z.infer<typeof createTeamBody>): Promise<number> {
  const pathOf = await assertOrgsInScope(db, scope, [{ field: 'orgId', id: input.orgId }]);
  await assertPeopleInScope(db, scope, [{ field: 'captainPersonId', id: input.captainPersonId }, ...refsOf('memberPersonIds', input.memberPersonIds)]);
  return transaction(db, async (tx) => {
    await checkReferences(tx, input.serviceTypes, input.areas);
    const [team] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO community_volunteer_teams (name, org_id, org_path, captain_person_id, service_types, description, created_by)
          VALUES (${input.name}, ${input.orgId}, ${pathOf.get(input.orgId)!}, ${input.captainPersonId}, ${textArray(input.serviceTypes)}::text[], ${input.description}, ${req.auth?.accountId ?? null})
          RETURNING id`,
    ).catch(conflictOnName);
    await setAreas(tx, team.id, input.areas);
    await addMembers(tx, team.id, [input.captainPersonId, ...input.memberPersonIds]);
    await audit(tx, req, { action: 'community.team_create', entity: 'volunteer_team', entityId: team.id, orgId: input.orgId, orgPath: pathOf.get(input.orgId), summary: input.name, after: input });
    return team.id;
  });
}

type TeamBefore = { id: number; orgId: number; orgPath: string; name: string; captainPersonId: number; serviceTypes: string[]; description: string; status: string; communityIds: number[]; streetCodes: string[] };

export async function updateTeam(db: Db, req: FastifyRequest, scope: Scope, before: TeamBefore, input: z.infer<typeof updateTeamBody>) {
  if (input.captainPersonId) await assertPeopleInScope(db, scope, [{ field: 'captainPersonId', id: input.captainPersonId }]);
  await transaction(db, async (tx) => {
    await checkReferences(tx, input.serviceTypes, input.areas);
    const disband = input.status === 'disbanded' && before.status !== 'disbanded';
    const revive = input.status === 'active' && before.status === 'disbanded';
    await tx
      .execute(
        sql`UPDATE community_volunteer_teams SET name = coalesce(${input.name ?? null}, name), captain_person_id = coalesce(${input.captainPersonId ?? null}, captain_person_id),
              service_types = ${input.serviceTypes ? sql`${textArray(input.serviceTypes)}::text[]` : sql`service_types`}, description = coalesce(${input.description ?? null}, description),
              status = coalesce(${input.status ?? null}, status),
              disbanded_at = ${disband ? sql`now()` : revive ? sql`NULL` : sql`disbanded_at`}
            WHERE id = ${before.id}`,
      )
      .catch(conflictOnName);
    if (input.areas) await setAreas(tx, before.id, input.areas);
    if (input.captainPersonId) await addMembers(tx, before.id, [input.captainPersonId]);
    const changed = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const was = Object.fromEntries(Object.keys(changed).map((k) => [k, k === 'areas' ? { communityIds: before.communityIds, streetCodes: before.streetCodes } : before[k as keyof TeamBefore]]));
    await audit(tx, req, { action: 'community.team_update', entity: 'volunteer_team', entityId: before.id, orgId: before.orgId, orgPath: before.orgPath, summary: before.name, before: was, after: changed });
  });
}

export async function addTeamMembers(db: Db, req: FastifyRequest, scope: Scope, team: TeamBefore, personIds: number[]) {
  await assertPeopleInScope(db, scope, refsOf('personIds', personIds));
  return transaction(db, async (tx) => {
    const added = await addMembers(tx, team.id, personIds);
    await audit(tx, req, { action: 'community.team_add_members', entity: 'volunteer_team', entityId: team.id, orgId: team.orgId, orgPath: team.orgPath, summary: `${added} joined`, after: { personIds } });
    return added;
  });
}

/** Ends a current membership (history kept); the captain must be replaced first. */
export async function removeTeamMember(db: Db, req: FastifyRequest, team: TeamBefore, personId: number) {
  if (personId === team.captainPersonId) throw new AppError('invalid_transition', [{ field: 'personId', message: 'the captain cannot leave the team; make someone else captain first' }]);
  await transaction(db, async (tx) => {
    const ended = await rows(tx, sql`UPDATE community_team_members SET left_at = now() WHERE team_id = ${team.id} AND person_id = ${personId} AND left_at IS NULL RETURNING id`);
    if (!ended.length) throw new AppError('not_found');
    await audit(tx, req, { action: 'community.team_remove_member', entity: 'volunteer_team', entityId: team.id, orgId: team.orgId, orgPath: team.orgPath, summary: `person ${personId} left` });
  });
}
