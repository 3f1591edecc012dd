import { z } from 'zod';
import { instantOut } from '../../../kernel/openapi/responses.js';
import { targetKinds } from '../assessment.schema.js';
import { treeBody, treeNode } from './tree.js';

export const leafOut = z.object({
  key: z.string(),
  name: z.string(),
  path: z.array(z.string()).meta({ description: '从一级指标到本指标的名称 · names from the top level down' }),
  weight: z.number().meta({ description: '有效权重（0–100，各级权重之积）· effective weight' }),
  type: z.enum(['computed', 'rated', 'evidence']),
  metric: z.string().nullable(),
  maxScore: z.number().nullable(),
});

export const versionSummaryOut = z.object({ id: z.number().int(), version: z.number().int(), publishedAt: instantOut });

export const systemOut = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  targetKind: z.enum(targetKinds),
  ownerOrgId: z.number().int(),
  ownerOrgName: z.string(),
  latestVersion: z.number().int().meta({ description: '最新发布的版本号（0：未发布）· 0: never published' }),
  editable: z.boolean().meta({ description: '本组织（或下级）所有，可编辑 · owned inside the caller’s scope' }),
  draft: z.array(treeNode).nullable().meta({ description: '编辑中的指标树（null：与最新版本相同）· the tree being edited' }),
  versions: z.array(versionSummaryOut),
});

export const systemListOut = z.object({
  items: z.array(systemOut.omit({ draft: true, versions: true }).extend({ hasDraft: z.boolean() })),
});

export const versionOut = z.object({
  id: z.number().int(),
  systemId: z.number().int(),
  version: z.number().int(),
  publishedAt: instantOut,
  tree: treeBody,
  leaves: z.array(leafOut),
});
