import type { App, ModuleContext } from '../../kernel/module.js';
import { errorBody } from '../../kernel/errors.js';
import { requireAuth } from '../../kernel/auth/auth-context.js';
import { getPermission } from '../../kernel/access/permissions.js';
import { loadSession, SESSION_COOKIE } from '../../kernel/auth/sessions.js';
import { myMatchesOut, wsUpgradeRequired } from './contests.responses.js';
import { sameOrigin } from './live.routes.js';
import { MatchHub } from './match/match-hub.js';
import { MatchSocket } from './match/match-socket.js';
import { myMatches } from './match/match-store.js';

const tags = ['contests'];

/** 双人对战 and 四人赛: the member's queue-and-play socket, and their past matches. */
export function matchRoutes(app: App, ctx: ModuleContext) {
  const hub = new MatchHub(ctx, (err) => app.log.error({ err }, 'match failed'));
  app.addHook('onClose', async () => hub.close());
  const timeouts = { idleMinutes: ctx.env.SESSION_IDLE_MINUTES, absoluteHours: ctx.env.SESSION_ABSOLUTE_HOURS };

  app.get('/api/v1/contests/my/matches', { config: { access: { permission: 'contests.play' } }, schema: { tags, summary: '我的双人对战与四人赛记录', response: { 200: myMatchesOut } } }, async (req) => {
    const auth = requireAuth(req.auth);
    if (!auth.personId) return { items: [] };
    return { items: await myMatches(ctx.db, auth.personId) };
  });

  // A plain GET (no upgrade) is answered 426, so the route stays in the OpenAPI document.
  app.route({
    method: 'GET',
    url: '/api/v1/contests/match/ws',
    config: { access: 'public' },
    schema: { tags, summary: '双人对战/四人赛 WebSocket（排队、答题，协议见 docs/contests-protocol.md）', response: { 426: wsUpgradeRequired } },
    handler: async (_req, reply) => reply.status(426).header('upgrade', 'websocket').send(errorBody('bad_request', { reason: 'WebSocket upgrade required' })),
    wsHandler: (socket, req) => {
      if (!sameOrigin(req.headers.origin, req.headers.host)) return socket.close(1008, 'origin');
      const early: string[] = [];
      let conn: MatchSocket | null = null;
      let gone = false;
      socket.on('message', (data) => (conn ? conn.receive(String(data)) : early.push(String(data))));
      socket.on('close', () => ((gone = true), conn?.close()));
      void (async () => {
        const token = req.cookies?.[SESSION_COOKIE];
        const session = token ? await loadSession(ctx.db, token, timeouts) : null;
        const auth = session && session !== 'expired' ? session : null;
        const refuse = (code: string) => (socket.send(JSON.stringify({ t: 'error', code })), socket.close(1008, code));
        // Only a signed-in member with a person record plays (the opponents see their name).
        if (!auth) return refuse('unauthenticated');
        const roles = getPermission('contests.play').roles;
        if (!auth.personId || !auth.personOrgPath || !auth.assignments.some((a) => roles.includes(a.role))) return refuse('forbidden');
        conn = new MatchSocket(socket, hub, auth.personId, auth.displayName, auth.personOrgPath);
        if (gone || socket.readyState !== 1) return conn.close();
        for (const raw of early.splice(0)) conn.receive(raw);
      })().catch((err) => {
        req.log.error({ err }, 'match socket setup failed');
        socket.close(1011);
      });
    },
  });
}
