import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Db } from '../../../kernel/db/client.js';
import { evidenceOf } from '../tasks/tasks.queries.js';
import type { innovationOut } from './innovations.responses.js';

type InnovationOut = z.infer<typeof innovationOut>;

/** Innovation items (alias i, squad s) matching `where`, newest first, with their evidence. */
export async function innovationsWhere(db: Db, where: SQL): Promise<InnovationOut[]> {
  const found = await rows<Omit<InnovationOut, 'evidence'>>(
    db,
    sql`SELECT i.id, i.squad_id AS "squadId", s.name AS "squadName", i.kind, i.title, i.description, i.status, i.submitted_at AS "submittedAt",
               sa.display_name AS "submittedByName", i.decided_at AS "decidedAt", da.display_name AS "decidedByName", i.decision_reason AS "decisionReason"
          FROM squad_innovations i JOIN squads s ON s.id = i.squad_id LEFT JOIN accounts sa ON sa.id = i.submitted_by LEFT JOIN accounts da ON da.id = i.decided_by
         WHERE ${where} ORDER BY i.submitted_at DESC, i.id DESC`,
  );
  const evidence = await evidenceOf(db, 'innovation_id', found.map((i) => i.id));
  return found.map((i) => ({ ...i, evidence: evidence.get(i.id) ?? [] }));
}

export async function innovationById(db: Db, id: number) {
  const [i] = await innovationsWhere(db, sql`i.id = ${id}`);
  return i ?? null;
}
