import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { App } from './module.js';
import type { Env } from './env.js';

const hostPattern = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The page's own host over WebSocket (live contests). CSP3 browsers already count same-origin
 * ws:/wss: as 'self'; older ones (Safari before 15.4) need it spelt out.
 */
function sameHostSockets(req: IncomingMessage): string {
  const host = String(req.headers.host ?? '');
  return hostPattern.test(host) ? `ws://${host} wss://${host}` : '';
}

/**
 * The policy for every page and answer. No script runs unless it is a file of this origin (the
 * built index.html has none inline); antd writes its styles at run time, hence 'unsafe-inline'
 * for styles only. Images: this origin, QR codes (data:), local previews (blob:), and https images
 * that articles may show; likewise videos: uploaded ones, and https addresses a lesson may point to
 * (a video platform's file). No page of the app is meant to sit in another site's frame.
 */
export function securityHeaderOptions(env: Env): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", (req) => sameHostSockets(req)],
        mediaSrc: ["'self'", 'blob:', 'https:'],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(env.COOKIE_SECURE ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    // Tracking and calendar addresses carry their secret in the path: never pass them on.
    referrerPolicy: { policy: 'no-referrer' },
    // Only when served over HTTPS (COOKIE_SECURE): over plain http the header means nothing, and
    // it must not reach other hosts of the domain.
    strictTransportSecurity: env.COOKIE_SECURE ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
  };
}

/**
 * Route option for files the app shows inside its own pages (a PDF in an iframe): framed by this
 * origin only, and without the page policy, which would stop the browser's PDF viewer.
 */
export const framedByThisOrigin = {
  frameguard: { action: 'sameorigin' },
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, frameAncestors: ["'self'"] },
  },
} satisfies HelmetOptions;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Headers for this route instead of the page policy: `framedByThisOrigin` for files shown in the app's own frames. */
    securityHeaders?: HelmetOptions;
  }
}

type Headers = Record<string, string>;

/** The headers helmet sets for `options` on a request to `host`, collected once instead of run on every request. */
function collect(options: HelmetOptions, host: string): Headers {
  const headers: Headers = {};
  const res = { setHeader: (name: string, value: unknown) => void (headers[name] = String(value)), removeHeader: () => {} };
  helmet(options)({ headers: { host } } as IncomingMessage, res as unknown as ServerResponse, () => {});
  return headers;
}

/** Headers per option set and Host (the policy names the page's host for WebSockets); a bounded number of hosts is kept. */
function headerCache(options: HelmetOptions) {
  const byHost = new Map<string, Headers>();
  return (host: string) => {
    let headers = byHost.get(host);
    if (!headers) {
      headers = collect(options, host);
      if (byHost.size < 64) byHost.set(host, headers);
    }
    return headers;
  };
}

export async function registerSecurityHeaders(app: App, env: Env) {
  const options = securityHeaderOptions(env);
  const page = headerCache(options);
  const perRoute = new WeakMap<HelmetOptions, (host: string) => Headers>();
  app.addHook('onRequest', (req, reply, done) => {
    const own = req.routeOptions.config?.securityHeaders;
    let headersFor = page;
    if (own) {
      headersFor = perRoute.get(own) ?? headerCache({ ...options, ...own } as HelmetOptions);
      perRoute.set(own, headersFor);
    }
    reply.headers(headersFor(String(req.headers.host ?? '')));
    done();
  });
}
