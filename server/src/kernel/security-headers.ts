import type { IncomingMessage } from 'node:http';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
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
export function securityHeaderOptions(env: Env): FastifyHelmetOptions {
  return {
    global: true,
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
} satisfies FastifyHelmetOptions;

export async function registerSecurityHeaders(app: App, env: Env) {
  await app.register(helmet, securityHeaderOptions(env));
}
