import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import type { Scope } from '../../../kernel/access/scope.js';
// The activities engine's command, as the activities module exports it.
import { createActivity } from '../../activities/index.js';

export interface VolunteerActivity {
  title: string;
  description: string;
  orgId: number;
  venue: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  signupClosesAt: Date | null;
}

/**
 * A volunteer service activity on the activities engine (type volunteer_service), organised by `orgId`; the only place
 * this module calls the engine. `orgPath` is the organisation the community module has already authorised the
 * caller to act for (an organiser's own, or the team's owning organisation for its captain).
 */
export function createVolunteerActivity(tx: Db, req: FastifyRequest, orgPath: string, a: VolunteerActivity): Promise<number> {
  const scope: Scope = { permission: 'activities.write', paths: [orgPath], personId: req.auth?.personId ?? null, self: false };
  return createActivity(tx, req, scope, {
    typeCode: 'volunteer_service',
    title: a.title,
    description: a.description,
    orgId: a.orgId,
    venue: a.venue,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    capacity: a.capacity,
    signupOpensAt: null,
    signupClosesAt: a.signupClosesAt,
    audienceOrgIds: [],
    audienceRoles: [],
    status: 'published',
  });
}
