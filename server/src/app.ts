import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { citizenPath } from '../../common/citizen-paths.js';
import { memberHomePath, memberHomeReads } from '../../common/member-home.js';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import compress from '@fastify/compress';
import { assetCacheHeaders, compressOptions } from './kernel/http/compression.js';
import websocket from '@fastify/websocket';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from './kernel/db/client.js';
import { ping } from './kernel/db/client.js';
import type { Env } from './kernel/env.js';
import { handleError, errorBody } from './kernel/errors.js';
import { defineDetailMessages } from './kernel/details/detail-messages.js';
import { kernelDetails } from './kernel/details/kernel.details.js';
import { EventBus } from './kernel/events.js';
import { definePermissions } from './kernel/access/permissions.js';
import { makeGuard } from './kernel/auth/guard.js';
import { SESSION_COOKIE } from './kernel/auth/sessions.js';
import { refuseUnsafeText } from './kernel/text-guard.js';
import { registerMetrics } from './kernel/metrics.js';
import type { App, ModuleContext, VanguardModule } from './kernel/module.js';
import { kernelModules } from './kernel/kernel-modules.js';
import { businessModules } from './modules/index.js';
import { JobRunner } from './kernel/jobs/runner.js';
import { figuresModule } from './kernel/figures/figures.module.js';
import { setFiguresCacheTtl } from './kernel/figures/figures.engine.js';
import { topicOfEvent, topicsOfWrite } from './kernel/figures/write-topics.js';
import { bumpTopic, setReadCacheTtl } from './kernel/cache/topic-cache.js';
import { setSessionCacheTtl } from './kernel/auth/session-cache.js';
import { shareCacheInvalidation } from './kernel/cache/cross-process.js';
import { closePubsub } from './kernel/pubsub/index.js';
import { registerSecurityHeaders } from './kernel/security-headers.js';
import { responseSerializer } from './kernel/openapi/serializer.js';
import { openapiTransform, openapiTransformObject, securitySchemes } from './kernel/openapi/transform.js';

export interface RouteInfo {
  method: string;
  url: string;
  access: 'public' | 'session' | { permission: string } | undefined;
}

export const allModules: VanguardModule[] = [
  ...kernelModules,
  figuresModule(() => allModules),
  ...businessModules,
];

/** Every module's permissions, known to the access checks (the app does it at start; seeding acts through the same commands). */
export function defineModulePermissions() {
  for (const m of allModules) if (m.permissions) definePermissions(m.permissions);
}

/** Every module's detail messages in Chinese, for the error answers (kernel/details). */
export function defineModuleDetailMessages() {
  defineDetailMessages(kernelDetails);
  for (const m of allModules) if (m.detailMessages) defineDetailMessages(m.detailMessages);
}

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Request headers that carry a secret: never written to the log. @fastify/multipart logs every header at trace level. */
const secretHeaders = ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers["x-demand-token"]', 'busboyOptions.headers'];

/**
 * `webRoot` replaces web/dist as the folder of the built web app (tests serve a small one of their own);
 * `plainResponses` (bench/api.ts only) sends answers with JSON.stringify, bypassing the response schemas, to measure what they cost.
 */
export async function buildApp(opts: { database: Database; env: Env; logger?: boolean; logStream?: { write(line: string): void }; webRoot?: string; plainResponses?: boolean }) {
  const { database, env } = opts;
  const app = Fastify({
    logger: opts.logger === false || env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL, redact: secretHeaders, ...(opts.logStream ? { stream: opts.logStream } : {}) },
    trustProxy: env.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  app.setValidatorCompiler(validatorCompiler);
  const responseCheck = env.RESPONSE_CHECK ?? (env.NODE_ENV === 'production' ? 'lenient' : 'strict');
  if (opts.plainResponses) app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  else app.setSerializerCompiler(responseSerializer(responseCheck, (msg, route, issues) => app.log.warn({ route, issues }, msg)) as never);
  app.setErrorHandler(handleError);
  app.decorateRequest('auth', null);

  setSessionCacheTtl(env.SESSION_CACHE_SECONDS * 1000);
  setReadCacheTtl(env.READ_CACHE_SECONDS * 1000);
  setFiguresCacheTtl(env.FIGURES_CACHE_SECONDS * 1000);
  await shareCacheInvalidation(database);
  app.addHook('onResponse', async (req, reply) => {
    const topics = req.routeOptions.config?.invalidates;
    if (topics && reply.statusCode < 400) for (const t of topics) bumpTopic(t);
    // A module's successful write retires its cached figures and tells the cockpit's stream.
    if (req.method !== 'GET' && req.method !== 'HEAD' && reply.statusCode < 400 && req.routeOptions.url) for (const t of topicsOfWrite(req.routeOptions.url)) bumpTopic(t);
  });

  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) if (m !== 'HEAD') routes.push({ method: m, url: r.url, access: r.config?.access });
  });

  await registerSecurityHeaders(app, env);
  await app.register(compress, compressOptions);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(websocket, { options: { maxPayload: 16 * 1024 } });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Vanguard 青春之岛先锋平台 API', version: '1.0.0' },
      servers: [{ url: '/', description: '本服务 · This server' }],
      components: { securitySchemes },
    },
    transform: openapiTransform,
    transformObject: openapiTransformObject as never,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  defineModulePermissions();
  defineModuleDetailMessages();
  app.addHook('onRequest', makeGuard(database.db, { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS }));
  app.addHook('preHandler', refuseUnsafeText);

  const events = new EventBus();
  events.onPublish = (name) => {
    const topic = topicOfEvent(name);
    if (topic) bumpTopic(topic);
  };
  events.onError = (name, err) => app.log.error({ err, event: name }, 'event handler failed');
  const ctx: ModuleContext = { database, db: database.db, env, events };

  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await ping(database.db);
      return { status: 'ok', database: database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  registerMetrics(app as never, database, env);

  for (const m of allModules) m.subscribe?.(ctx);
  for (const m of allModules) if (m.routes) await m.routes(app, ctx);

  const webRoot = opts.webRoot ?? webDist;
  const hasWeb = existsSync(webRoot);
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false, preCompressed: true, cacheControl: false, setHeaders: assetCacheHeaders });
  // A citizen's page gets the small public app; every other page the staff and member app.
  const hasCitizenPage = hasWeb && existsSync(`${webRoot}/citizen.html`);
  app.setNotFoundHandler(async (req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api/')) {
      const path = req.url.split('?')[0];
      if (hasCitizenPage && citizenPath.test(path)) return reply.sendFile('citizen.html');
      // The member home of someone signed in: its first reads named after the scripts (preloads, common/member-home.ts).
      if (memberHomePath.test(path) && req.cookies?.[SESSION_COOKIE]) {
        const html = await readFile(join(webRoot, 'index.html'), 'utf8');
        return reply.header('cache-control', 'no-cache').type('text/html; charset=UTF-8').send(withPreloads(html, memberHomeReads));
      }
      return reply.sendFile('index.html');
    }
    return reply.status(404).send(errorBody('not_found'));
  });

  app.addHook('onClose', () => closePubsub(database));
  return { app, ctx, routes };
}

/** The page with fetch preloads of these addresses at the end of its head, after the scripts (which go first). */
export function withPreloads(html: string, urls: string[]): string {
  const links = urls.map((u) => `<link rel="preload" href="${u.replaceAll('&', '&amp;')}" as="fetch" crossorigin="anonymous">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

/** One runner for every module's jobs and schedules; main.ts starts it, tests call tick(). */
export function buildJobRunner(ctx: ModuleContext, log: (name: string, err: unknown) => void = () => {}) {
  const handlers = Object.assign({}, ...allModules.map((m) => m.jobs?.(ctx) ?? {}));
  const schedules = allModules.flatMap((m) => m.schedules ?? []);
  return new JobRunner(ctx.db, handlers, schedules, log);
}

/** Idempotent reference data of every module (activity types, default point rules, …). */
export async function ensureReferenceData(ctx: ModuleContext) {
  for (const m of allModules) if (m.reference) await m.reference(ctx);
}
