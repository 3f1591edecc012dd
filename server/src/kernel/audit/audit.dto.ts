import { z } from 'zod';
import { dayOrInstant } from '../dto.js';

export const auditQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(100).optional(),
  /** Exact action, or a prefix: 'auth' matches 'auth.login'. */
  action: z.string().trim().max(100).optional(),
  entity: z.string().trim().max(100).optional(),
  /** Username of the account that acted. */
  actor: z.string().trim().max(64).optional(),
  /** A day (Asia/Shanghai, inclusive) or an ISO instant. */
  from: dayOrInstant.optional(),
  to: dayOrInstant.optional(),
});

export type AuditQuery = z.infer<typeof auditQuery>;

export const auditItem = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  summary: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export const auditResponse = z.object({ items: z.array(auditItem), total: z.number(), page: z.number(), pageSize: z.number() });
