import type { FastifyRequest } from 'fastify';
import type { ModuleContext } from '../../../kernel/module.js';
import { transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { pathInScope, type Scope } from '../../../kernel/access/scope.js';
import { pubsubFor } from '../../../kernel/pubsub/index.js';
import type { HostCommand } from '../contests.dto.js';
import { applyCommand, loadRound, roundTopic, saveState } from '../round-state.js';
import { finishRound } from './finish-round.js';

/**
 * A host's command: the new state is committed first, then announced on the bus, so
 * every process (this one too) reads the same committed state before telling its sockets.
 */
export async function hostCommand(ctx: ModuleContext, req: FastifyRequest, scope: Scope, roundId: number, command: HostCommand) {
  const version = await transaction(ctx.db, async (tx) => {
    const round = await loadRound(tx, { id: roundId }, true);
    if (!round || !pathInScope(round.contestOrgPath, scope)) throw new AppError('not_found');
    const patch = applyCommand(round, command, Date.now());
    const v = await saveState(tx, roundId, patch);
    await audit(tx, req, {
      action: `contests.host_${command}`,
      entity: 'contest_round',
      entityId: roundId,
      orgPath: round.contestOrgPath,
      summary: `${round.contestName} / ${round.name}: ${command} (${patch.phase} #${patch.currentIndex + 1})`,
    });
    return v;
  });
  const finished = command === 'end' ? await finishRound(ctx, roundId, { deferEvents: true }) : null;
  await pubsubFor(ctx.database).publish(roundTopic(roundId), JSON.stringify({ e: 'state', v: version }));
  // Points and awards events (one per correct answer) wait until the hall has its final ranking.
  if (finished?.events) setTimeout(() => void finished.events!().catch((err) => ctx.events.onError?.('contests.finished', err)), 3000);
  return loadRound(ctx.db, { id: roundId });
}
