import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import type { Scope } from '../../../kernel/access/scope.js';
import { assertOrgsInScope, assertPeopleInScope } from '../../../kernel/org/referenced-ids.js';
import { drawQuestions, usableQuestionIds } from '../../learning/index.js';
import { squadAsTeam } from '../../squads/index.js';
import type { CreateContestBody } from '../contests.dto.js';

async function roundQuestions(db: Db, path: string, body: CreateContestBody, seed: number): Promise<number[]> {
  const src = body.questionSource;
  const picked =
    src.kind === 'fixed'
      ? await usableQuestionIds(db, path, src.questionIds)
      : await drawQuestions(db, path, { tags: src.tags, minDifficulty: src.minDifficulty, maxDifficulty: src.maxDifficulty, types: src.types, count: src.count, seed });
  if (src.kind === 'fixed' && picked.length !== src.questionIds.length) {
    throw new AppError('validation_failed', [{ field: 'questionSource.questionIds', message: 'unknown question or not usable by this organisation' }]);
  }
  if (picked.length === 0) throw new AppError('no_questions');
  return picked;
}

/**
 * A contest with its teams and rounds; each round's questions are fixed now, so every player gets the same paper.
 * The owner, every team organisation and every rostered person must lie in the caller's scope.
 */
export async function createContest(db: Db, req: FastifyRequest, scope: Scope, body: CreateContestBody): Promise<number> {
  const orgPaths = await assertOrgsInScope(db, scope, [
    { field: 'orgId', id: body.orgId },
    ...body.teams.flatMap((t, i) => (t.orgId ? [{ field: `teams.${i}.orgId`, id: t.orgId }] : [])),
  ]);
  await assertPeopleInScope(db, scope, body.teams.flatMap((t, i) => t.personIds.map((id, j) => ({ field: `teams.${i}.personIds.${j}`, id }))));
  const path = orgPaths.get(body.orgId)!;
  const teams = await Promise.all(
    body.teams.map(async (t, i) => {
      if (!t.squadId) return { ...t, squadId: null, path: t.orgId ? orgPaths.get(t.orgId)! : null };
      // A squad team: the squad must be active and in the caller's scope; its active members are the roster.
      const squad = await squadAsTeam(db, scope, t.squadId);
      if (!squad) throw new AppError('validation_failed', [{ field: `teams.${i}.squadId`, message: 'unknown squad, not active, or outside your scope' }]);
      return { ...t, squadId: squad.id, personIds: squad.memberIds, path: null };
    }),
  );
  if (body.entrantKind === 'team' && teams.length < 1) throw new AppError('validation_failed', [{ field: 'teams', message: 'a team contest needs teams' }]);

  return transaction(db, async (tx) => {
    const [c] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO contests (name, description, org_id, org_path, question_source, entrant_kind, scoring, award_rule, created_by)
          VALUES (${body.name}, ${body.description}, ${body.orgId}, ${path}, ${JSON.stringify(body.questionSource)}::jsonb, ${body.entrantKind},
                  ${JSON.stringify(body.scoring)}::jsonb, ${JSON.stringify(body.awardRule)}::jsonb, ${req.auth?.accountId ?? null}) RETURNING id`,
    );
    for (const t of teams) {
      await tx.execute(sql`INSERT INTO contest_teams (contest_id, name, org_id, org_path, roster, squad_id)
        VALUES (${c.id}, ${t.name}, ${t.orgId ?? null}, ${t.path}, ${`{${t.personIds.join(',')}}`}::int[], ${t.squadId})`);
    }
    for (const [i, r] of body.rounds.entries()) {
      const questionIds = await roundQuestions(tx, path, body, Math.imul(c.id, 7919) + i);
      const code = r.kind === 'live' ? await freeCode(tx) : null;
      await tx.execute(sql`INSERT INTO contest_rounds (contest_id, seq, name, kind, code, question_ids, seconds_per_question, opens_at, closes_at, phase, shuffle_seed)
        VALUES (${c.id}, ${i + 1}, ${r.name}, ${r.kind}, ${code}, ${`{${questionIds.join(',')}}`}::int[], ${r.secondsPerQuestion},
                ${r.opensAt?.toISOString() ?? null}::timestamptz, ${r.closesAt?.toISOString() ?? null}::timestamptz,
                ${r.kind === 'async' ? 'open' : 'draft'}, ${randomInt(1, 2 ** 31 - 1)})`);
    }
    await audit(tx, req, { action: 'contests.create', entity: 'contest', entityId: c.id, orgId: body.orgId, orgPath: path, summary: body.name, after: body });
    return c.id;
  });
}

async function freeCode(tx: Db): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const code = String(randomInt(100000, 1000000));
    const [taken] = await rows(tx, sql`SELECT 1 FROM contest_rounds WHERE code = ${code}`);
    if (!taken) return code;
  }
  throw new AppError('conflict', { reason: 'no free join code' });
}
