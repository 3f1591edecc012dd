import type { App, ModuleContext } from '../../kernel/module.js';
import { AppError, errorBody } from '../../kernel/errors.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { scopeFor } from '../../kernel/access/scope.js';
import { loadSession, SESSION_COOKIE } from '../../kernel/auth/sessions.js';
import { codeParams, hostParams, roundParams } from './contests.dto.js';
import { roundInScope } from './contests.queries.js';
import { hostCommand } from './commands/host-command.js';
import { LiveHub } from './live/live-hub.js';
import { LiveConnection } from './live/live-connection.js';
import { remaining } from './live/messages.js';

import { hostCommandOut, liveStatusOut, wsUpgradeRequired } from './contests.responses.js';

const tags = ['contests'];
const host = { access: { permission: 'contests.host' } } as const;

/** Same-site only: a page on another host must not drive a player's socket with their cookie. */
export function sameOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (!origin) return true; // not a browser (tests, native clients); the session cookie still decides
  try {
    return new URL(origin).host === hostHeader;
  } catch {
    return false;
  }
}

/** Host console commands (REST) and the live WebSocket for phones and big screens. */
export function liveRoutes(app: App, ctx: ModuleContext) {
  const hub = new LiveHub(ctx);
  app.addHook('onClose', async () => {
    await hub.close();
  });
  const timeouts = { idleMinutes: ctx.env.SESSION_IDLE_MINUTES, absoluteHours: ctx.env.SESSION_ABSOLUTE_HOURS };

  app.post('/api/v1/contests/rounds/:roundId/live/:command', { config: host, schema: { tags, summary: '主持人指令：open/start/next/reveal/pause/resume/end', params: hostParams, response: { 200: hostCommandOut } } }, async (req) => {
    const s = await hostCommand(ctx, req, scopeFor(requireAuth(req.auth), 'contests.host'), req.params.roundId, req.params.command);
    return { phase: s!.phase, currentIndex: s!.currentIndex, total: s!.questionIds.length, remainingMs: remaining(s!, Date.now()), version: s!.version };
  });

  app.get('/api/v1/contests/rounds/:roundId/live', { config: host, schema: { tags, summary: '现场轮次状态（主持人控制台）', params: roundParams, response: { 200: liveStatusOut } } }, async (req) => {
    const s = await roundInScope(ctx.db, scopeFor(requireAuth(req.auth), 'contests.host'), req.params.roundId);
    if (!s || s.kind !== 'live') throw new AppError('not_found');
    const live = await hub.get(s.id);
    return { code: s.code, phase: s.phase, currentIndex: s.currentIndex, total: s.questionIds.length, remainingMs: remaining(s, Date.now()), players: live?.playerCount ?? 0 };
  });

  // A plain GET (no upgrade) is answered 426, so the route stays in the OpenAPI document.
  app.route({
    method: 'GET',
    url: '/api/v1/contests/live/:code/ws',
    config: { access: 'public' },
    schema: { tags, summary: '现场赛 WebSocket（手机答题与大屏，协议见 docs/contests-protocol.md）', params: codeParams, response: { 426: wsUpgradeRequired } },
    handler: async (_req, reply) => reply.status(426).header('upgrade', 'websocket').send(errorBody('bad_request', { reason: 'WebSocket upgrade required' })),
    wsHandler: (socket, req) => {
      if (!sameOrigin(req.headers.origin, req.headers.host)) return socket.close(1008, 'origin');
      // Messages may arrive before the round is loaded; keep them in order until it is.
      const early: string[] = [];
      let conn: LiveConnection | null = null;
      const run = (raw: string) => conn!.receive(raw, (err) => req.log.error({ err }, 'live message failed'));
      socket.on('message', (data) => (conn ? run(String(data)) : early.push(String(data))));
      socket.on('close', () => conn?.close());
      void (async () => {
        const token = req.cookies?.[SESSION_COOKIE];
        const session = token ? await loadSession(ctx.db, token, timeouts) : null;
        const round = await hub.byCode((req.params as { code: string }).code);
        if (!round) {
          socket.send(JSON.stringify({ t: 'error', code: 'not_found' }));
          return socket.close(1008, 'not_found');
        }
        conn = new LiveConnection(socket, round, session && session !== 'expired' ? session : null);
        if (socket.readyState !== 1) return conn.close();
        for (const raw of early.splice(0)) run(raw);
      })().catch((err) => {
        req.log.error({ err }, 'live socket setup failed');
        socket.close(1011);
      });
    },
  });
}
