import type { FastifyReply, FastifyRequest } from 'fastify';
import { figureTopics, onBump, type CacheTopic } from '../cache/topic-cache.js';

export const HEARTBEAT_MS = 25_000;
/** Bumps within this window are sent as one event: a burst of writes (readers' heartbeats, a roll call) is one refresh. */
const COALESCE_MS = 2000;

/**
 * Server-sent events: `figures` with the module topics whose data changed (a write here or, on PostgreSQL,
 * in another process), a comment line as heartbeat; everything is released when the client goes.
 */
export function figuresStream(req: FastifyRequest, reply: FastifyReply, open: Set<() => void>) {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write(': connected\n\n');
  let pending = new Set<CacheTopic>();
  let flushTimer: NodeJS.Timeout | null = null;
  const flush = () => {
    flushTimer = null;
    if (pending.size === 0) return;
    res.write(`event: figures\ndata: ${JSON.stringify({ topics: [...pending].sort() })}\n\n`);
    pending = new Set();
  };
  const off = onBump((topic) => {
    if (!(figureTopics as readonly string[]).includes(topic)) return;
    pending.add(topic);
    flushTimer ??= setTimeout(flush, COALESCE_MS);
  });
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  const end = () => res.end();
  open.add(end);
  const close = () => {
    open.delete(end);
    off();
    clearInterval(heartbeat);
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = null;
  };
  req.raw.once('close', close);
  res.once('close', close);
}
