import { openDatabase } from '../db/client.js';
import { parseEnv } from '../env.js';
import { buildApp } from '../../app.js';

/** The OpenAPI document as /api/openapi.json serves it, built on an empty in-memory database (no route reads it). */
export async function buildOpenapiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({});
  const { app } = await buildApp({ database, env: parseEnv({ LOG_LEVEL: 'silent', NODE_ENV: 'test' }), logger: false });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await database.close();
  }
}
