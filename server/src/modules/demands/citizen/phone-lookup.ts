import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, ModuleContext } from '../../../kernel/module.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { instantOut } from '../../../kernel/openapi/responses.js';
import { phoneLookupBody, phoneLookupStart } from '../demands.dto.js';
import { phoneHash } from '../intake/new-demand.js';
import { maskPhone, type DemandRow } from '../demands.access.js';
import { statusLabels } from '../workflow/demands.machine.js';
import { labelOut, statusOut } from '../demands.responses.js';
import { lookupCodeSender } from './lookup-sender.js';

const tags = ['demands-public'];
const CODE_MINUTES = 10;
const MAX_TRIES = 5;
/** Codes one phone number may ask for per hour, whoever asks: a number cannot be flooded with messages. */
export const CODES_PER_PHONE_HOUR = 5;
const citizen = { accountId: null, username: 'citizen' };

const codeHash = (phone: string, code: string) => createHash('sha256').update(`${phoneHash(phone)}:${code}`).digest();

const codeSentOut = z
  .object({
    expiresAt: instantOut,
    demoCode: z.string().optional().meta({ description: '演示环境不发短信，验证码直接显示 · the demo sends no text message and returns the code to show' }),
  })
  .meta({ id: 'DemandLookupCodeSent' });
const lookupOut = z
  .object({
    items: z.array(z.object({ trackingCode: z.string(), title: z.string(), categoryName: z.string().nullable(), status: statusOut, statusLabel: labelOut, receivedAt: instantOut })),
  })
  .meta({ id: 'DemandLookup' });

/**
 * 按手机号找回诉求: a one-time code to the phone, then the demands filed with that number. Asking for a code answers the
 * same for every number, so nothing tells whether a number has demands until its code is given; only masked numbers are audited.
 */
export function phoneLookupRoutes(app: App, ctx: ModuleContext) {
  const { db, env } = ctx;

  app.post('/api/v1/public/demand-lookup/code', { config: { access: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } }, schema: { tags, summary: '按手机号查找诉求：发送一次性验证码（演示环境直接显示）', body: phoneLookupStart, response: { 200: codeSentOut } } }, async (req) => {
    const sender = lookupCodeSender(env.DEMO_MODE);
    if (!sender) throw new AppError('lookup_unavailable');
    const phone = req.body.phone;
    const hash = phoneHash(phone);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(Date.now() + CODE_MINUTES * 60_000);
    await transaction(db, async (tx) => {
      // One at a time per number, so the hourly count holds under concurrent requests.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${hash}))`);
      const [{ n }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM demand_lookup_codes WHERE phone_hash = ${hash} AND created_at > now() - interval '1 hour'`);
      if (n >= CODES_PER_PHONE_HOUR) throw new AppError('rate_limited', { field: 'phone', limit: CODES_PER_PHONE_HOUR });
      await tx.execute(sql`UPDATE demand_lookup_codes SET used_at = now() WHERE phone_hash = ${hash} AND used_at IS NULL`);
      await tx.execute(sql`INSERT INTO demand_lookup_codes (phone_hash, code_hash, expires_at) VALUES (${hash}, ${codeHash(phone, code).toString('hex')}, ${expiresAt.toISOString()}::timestamptz)`);
      await audit(tx, req, { action: 'demands.lookup_code', entity: 'demand_lookup', summary: `验证码发往 ${maskPhone(phone)}`, actor: citizen });
    });
    await sender.send(phone, `您的青诉即办查询验证码为 ${code}，${CODE_MINUTES}分钟内有效。如非本人操作请忽略。`);
    return { expiresAt: expiresAt.toISOString(), ...(sender.showsCode ? { demoCode: code } : {}) };
  });

  app.post('/api/v1/public/demand-lookup', { config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } }, schema: { tags, summary: '按手机号查找诉求：凭验证码列出该号码提交的诉求', body: phoneLookupBody, response: { 200: lookupOut } } }, async (req) => {
    const { phone, code } = req.body;
    const hash = phoneHash(phone);
    const matched = await transaction(db, async (tx) => {
      const [row] = await rows<{ id: number; code_hash: string; attempts: number }>(tx, sql`SELECT id, code_hash, attempts FROM demand_lookup_codes
        WHERE phone_hash = ${hash} AND used_at IS NULL AND expires_at > now() ORDER BY id DESC LIMIT 1 FOR UPDATE`);
      if (!row || row.attempts >= MAX_TRIES) return false;
      const ok = timingSafeEqual(Buffer.from(row.code_hash, 'hex'), codeHash(phone, code));
      await tx.execute(ok
        ? sql`UPDATE demand_lookup_codes SET used_at = now() WHERE id = ${row.id}`
        : sql`UPDATE demand_lookup_codes SET attempts = attempts + 1 WHERE id = ${row.id}`);
      return ok;
    });
    if (!matched) throw new AppError('lookup_code_invalid');
    const found = await rows<Pick<DemandRow, 'tracking_code' | 'title' | 'status' | 'received_at'> & { category_name: string | null }>(
      db,
      sql`SELECT d.tracking_code, d.title, d.status, d.received_at, c.name AS category_name FROM demands d LEFT JOIN demand_categories c ON c.code = d.category_code
           WHERE d.phone_hash = ${hash} AND d.anonymised_at IS NULL ORDER BY d.received_at DESC LIMIT 50`,
    );
    await audit(db, req, { action: 'demands.lookup', entity: 'demand_lookup', summary: `${maskPhone(phone)} 查到 ${found.length} 件`, actor: citizen });
    return {
      items: found.map((d) => ({
        trackingCode: d.tracking_code, title: d.title, categoryName: d.category_name, status: d.status, statusLabel: statusLabels[d.status], receivedAt: new Date(d.received_at).toISOString(),
      })),
    };
  });
}
