import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { pathInScope, type Scope } from '../../../kernel/access/scope.js';
import type { createActivityBody } from '../activities.dto.js';

export type CreateActivityInput = z.infer<typeof createActivityBody>;
type Input = CreateActivityInput;

/** The organiser org and every audience org must lie in the caller's scope. */
export async function createActivity(db: Db, req: FastifyRequest, scope: Scope, input: Input) {
  return transaction(db, async (tx) => {
    const [type] = await rows<{ code: string }>(tx, sql`SELECT code FROM activity_types WHERE code = ${input.typeCode} AND active`);
    if (!type) throw new AppError('validation_failed', [{ field: 'typeCode', message: 'unknown activity type' }]);
    const ids = [input.orgId, ...input.audienceOrgIds];
    const orgRows = await rows<{ id: number; path: string }>(tx, sql`SELECT id, path FROM orgs WHERE id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
    const pathOf = new Map(orgRows.map((o) => [o.id, o.path]));
    for (const [i, id] of ids.entries()) {
      const path = pathOf.get(id);
      if (!path || !pathInScope(path, scope)) {
        throw new AppError('validation_failed', [{ field: i === 0 ? 'orgId' : `audienceOrgIds.${i - 1}`, message: 'organisation not found in your scope' }]);
      }
    }
    const [created] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO activities (type_code, title, description, org_id, org_path, venue, starts_at, ends_at, capacity,
                                  signup_opens_at, signup_closes_at, audience_paths, audience_roles, status, checkin_secret, created_by)
          VALUES (${input.typeCode}, ${input.title}, ${input.description}, ${input.orgId}, ${pathOf.get(input.orgId)!}, ${input.venue},
                  ${input.startsAt.toISOString()}::timestamptz, ${input.endsAt.toISOString()}::timestamptz, ${input.capacity},
                  ${input.signupOpensAt?.toISOString() ?? null}::timestamptz, ${input.signupClosesAt?.toISOString() ?? null}::timestamptz,
                  ${`{${input.audienceOrgIds.map((id) => pathOf.get(id)).join(',')}}`}::text[], ${`{${input.audienceRoles.join(',')}}`}::text[],
                  ${input.status}, ${randomBytes(24).toString('base64url')}, ${req.auth?.accountId ?? null})
          RETURNING id`,
    );
    await audit(tx, req, {
      action: 'activities.create',
      entity: 'activity',
      entityId: created.id,
      orgId: input.orgId,
      orgPath: pathOf.get(input.orgId),
      summary: input.title,
      after: { ...input, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() },
    });
    return created.id;
  });
}
