import { z } from 'zod';
import { rowId, rowIdParam } from '../dto.js';
import { orgKinds } from './org.schema.js';

export const idParams = z.object({ id: rowIdParam });

const orgName = z.string().trim().min(1).max(100);

export const orgTreeNode = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  name: z.string(),
  kind: z.enum(orgKinds),
  path: z.string(),
  /** People attached directly to this organisation. */
  personCount: z.number(),
  childCount: z.number(),
});

export const orgTreeResponse = z.object({ nodes: z.array(orgTreeNode) });

export const orgDetail = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  name: z.string(),
  kind: z.enum(orgKinds),
  path: z.string(),
  personalLeaderboard: z.boolean(),
  /** People in the whole subtree. */
  personCount: z.number(),
  childCount: z.number(),
  ancestors: z.array(z.object({ id: z.number(), name: z.string() })),
});

export type OrgDetail = z.infer<typeof orgDetail>;

export const createOrgBody = z.object({
  parentId: rowId,
  name: orgName,
  kind: z.enum(orgKinds),
});

export const updateOrgBody = z
  .object({ name: orgName.optional(), personalLeaderboard: z.boolean().optional() })
  .refine((v) => v.name !== undefined || v.personalLeaderboard !== undefined, { message: 'nothing to change', path: ['name'] });

export const moveOrgBody = z.object({ parentId: rowId });

export const okResponse = z.object({ ok: z.boolean() });
