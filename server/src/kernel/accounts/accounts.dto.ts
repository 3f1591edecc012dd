import { z } from 'zod';
import { rowId, rowIdParam } from '../dto.js';
import { roles } from '../access/roles.js';

export const accountParams = z.object({ id: rowIdParam });
export const assignmentParams = z.object({ id: rowIdParam, assignmentId: rowIdParam });

export const accountsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** Username or display name. */
  q: z.string().trim().max(50).optional(),
});

export type AccountsQuery = z.infer<typeof accountsQuery>;

export const roleBody = z.object({ role: z.enum(roles), orgId: rowId });

export const createAccountBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_.-]{3,32}$/, 'username: 3–32 characters of letters, digits, _ . -'),
  displayName: z.string().trim().min(1).max(50),
  personId: rowId.nullable().optional(),
  role: z.enum(roles),
  orgId: rowId,
});

export type CreateAccount = z.infer<typeof createAccountBody>;

export const accountItem = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().nullable(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Role assignments at organisations inside the caller's scope. */
  roles: z.array(z.object({ id: z.number(), role: z.string(), orgId: z.number(), orgName: z.string() })),
});

export type AccountItem = z.infer<typeof accountItem>;

export const accountsResponse = z.object({ items: z.array(accountItem), total: z.number(), page: z.number(), pageSize: z.number() });
export const createdAccountResponse = z.object({ account: accountItem, initialPassword: z.string() });
export const passwordResponse = z.object({ initialPassword: z.string() });
export const removedRoleResponse = z.object({ ok: z.boolean(), account: accountItem.nullable() });
