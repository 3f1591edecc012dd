import { z } from 'zod';
import { rowId, rowIdParam } from '../../../kernel/dto.js';
import { targetKinds } from '../assessment.schema.js';
import { treeBody } from './tree.js';

export const systemParams = z.object({ id: rowIdParam });
export const versionParams = z.object({ id: rowIdParam, version: z.coerce.number().int().min(1).max(100_000) });

export const systemCreateBody = z.object({
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(1000).default(''),
  targetKind: z.enum(targetKinds),
  /** Default: the organisation at the root of the caller's scope. */
  ownerOrgId: rowId.optional(),
  tree: treeBody,
});

export const systemDraftBody = z.object({
  name: z.string().trim().min(1).max(80).optional(),
  description: z.string().trim().max(1000).optional(),
  tree: treeBody,
});

export const systemListQuery = z.object({ targetKind: z.enum(targetKinds).optional() });
