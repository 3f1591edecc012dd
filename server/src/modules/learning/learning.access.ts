import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/client.js';
import { rows } from '../../kernel/db/client.js';
import { AppError } from '../../kernel/errors.js';
import type { AuthContext } from '../../kernel/auth/auth-context.js';

/** A person studying: quizzes, exams and the wrong-answer book are always their own. */
export interface Learner {
  personId: number;
  orgPath: string;
}

export async function learnerOf(db: Db, auth: AuthContext): Promise<Learner> {
  if (!auth.personId) throw new AppError('person_required');
  const [p] = await rows<{ path: string }>(db, sql`SELECT o.path FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${auth.personId}`);
  if (!p) throw new AppError('person_required');
  return { personId: auth.personId, orgPath: p.path };
}

/** Questions a member of `orgPath` may be asked: those owned by their organisation or any ancestor. */
export function visibleToMember(orgPath: string): SQL {
  return sql`q.deleted_at IS NULL AND ${orgPath} LIKE q.org_path || '%'`;
}

/** Questions an exam owned at `examPath` may draw: the owner's ancestors' banks and its own subtree. */
export function usableByExam(examPath: string): SQL {
  return sql`q.deleted_at IS NULL AND (${examPath} LIKE q.org_path || '%' OR q.org_path LIKE ${examPath} || '%')`;
}
