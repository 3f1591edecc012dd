import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { listPeople } from '../../../kernel/org/people.queries.js';
import { youngMaxAge } from './young-cadre.js';
import { ageOn, shanghaiDay } from '../../../kernel/time.js';
import type { candidateQuery } from './members.dto.js';

/** People of `scope` (through the kernel's people list) with their age today, the young cadre verdict and their current squad. */
export async function searchCandidates(db: Db, scope: Scope, q: z.infer<typeof candidateQuery>) {
  const today = shanghaiDay(new Date());
  const limit = await youngMaxAge(db, today);
  const page = await listPeople(db, scope, { q: q.q, page: q.page, pageSize: q.pageSize, sort: 'name' });
  const ids = page.items.map((p) => p.id);
  const squads = ids.length
    ? await rows<{ person_id: number; id: number; name: string }>(
        db,
        sql`SELECT m.person_id, s.id, s.name FROM squad_members m JOIN squads s ON s.id = m.squad_id WHERE m.status = 'active' AND m.person_id = ANY(${`{${ids.join(',')}}`}::int[])`,
      )
    : [];
  const squadOf = new Map(squads.map((s) => [Number(s.person_id), { id: s.id, name: s.name }]));
  return {
    items: page.items.map((p) => {
      const age = ageOn(p.birthDate, today);
      return { id: p.id, name: p.name, gender: p.gender, birthDate: p.birthDate, age, orgName: p.orgName, unit: p.unit, position: p.position, eligible: age <= limit, activeSquad: squadOf.get(p.id) ?? null };
    }),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    youngMaxAge: limit,
  };
}
