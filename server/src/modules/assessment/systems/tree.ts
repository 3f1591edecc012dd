import { z } from 'zod';
import { AppError } from '../../../kernel/errors.js';
import type { TargetKind } from '../assessment.schema.js';
import type { ScoringFn } from '../scoring/functions.js';

/**
 * An indicator tree: up to three levels (一级/二级/三级指标). The weights of the siblings at every level add up to
 * 100 (percentages); a leaf's effective weight is the product of the shares along its path, so the leaves' effective
 * weights add up to 100 and a target's total Σ weight × score (score 0–100) lies between 0 and 100.
 */
export const MAX_DEPTH = 3;
export const WEIGHT_SUM = 100;

const scoring = z.discriminatedUnion('fn', [
  z.object({ fn: z.literal('bands'), bands: z.array(z.object({ min: z.number().finite(), score: z.number().min(0).max(100) })).min(1).max(10) }),
  z.object({ fn: z.literal('linear'), from: z.number().finite(), to: z.number().finite() }),
  z.object({ fn: z.literal('rank'), higherIsBetter: z.boolean().default(true) }),
  z.object({ fn: z.literal('pass'), threshold: z.number().finite() }),
]) satisfies z.ZodType<ScoringFn>;

const leaf = z.discriminatedUnion('type', [
  z.object({ type: z.literal('computed'), metric: z.string().trim().min(1).max(80), scoring }),
  z.object({ type: z.literal('rated'), maxScore: z.number().positive().max(1000), rubric: z.string().trim().max(1000).default('') }),
  z.object({ type: z.literal('evidence'), maxScore: z.number().positive().max(1000), requirement: z.string().trim().max(1000).default('') }),
]);
export type LeafDef = z.infer<typeof leaf>;

export interface TreeNode {
  key: string;
  name: string;
  weight: number;
  children?: TreeNode[];
  leaf?: LeafDef;
}

const nodeBase = {
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{1,40}$/, 'lower-case letters, digits, _ or -'),
  name: z.string().trim().min(1).max(80),
  weight: z.number().gt(0).max(100),
};
// Three levels spelled out (一级 → 二级 → 三级): a recursive schema does not survive the OpenAPI document.
// Strict: a fourth level (children under a third-level indicator) is refused, not dropped.
const level3 = z.strictObject({ ...nodeBase, leaf: leaf.optional() }).meta({ id: 'AssessmentIndicator3', description: '三级指标（末级）· a third-level indicator' });
const level2 = z
  .object({ ...nodeBase, children: z.array(level3).optional(), leaf: leaf.optional() })
  .meta({ id: 'AssessmentIndicator2', description: '二级指标 · a second-level indicator' });
export const treeNode = z
  .object({ ...nodeBase, children: z.array(level2).optional(), leaf: leaf.optional() })
  .meta({ id: 'AssessmentIndicator1', description: '一级指标：有下级指标或末级定义 · a top-level indicator, with children or a leaf definition' });
export const treeBody = z.array(treeNode).min(1).max(30).meta({ id: 'AssessmentTree', description: '指标树（各级权重之和为 100）· the indicator tree (weights add up to 100 at each level)' });

export interface Leaf {
  key: string;
  name: string;
  /** Names from 一级 down to the leaf. */
  path: string[];
  /** Effective weight, 0–100. */
  weight: number;
  def: LeafDef;
}

/** Every leaf with its effective weight (product of the shares along its path), in tree order. */
export function leavesOf(tree: readonly TreeNode[]): Leaf[] {
  const out: Leaf[] = [];
  const walk = (nodes: readonly TreeNode[], share: number, names: string[]) => {
    for (const n of nodes) {
      const w = share * (n.weight / WEIGHT_SUM);
      if (n.leaf) out.push({ key: n.key, name: n.name, path: [...names, n.name], weight: Math.round(w * WEIGHT_SUM * 1e6) / 1e6, def: n.leaf });
      else walk(n.children ?? [], w, [...names, n.name]);
    }
  };
  walk(tree, 1, []);
  return out;
}

export interface MetricInfo {
  kind: 'org' | 'person';
}

/** Why a tree is refused, per issue: `reason` for a client that wants its own wording. */
export type TreeIssueReason = 'weights_sum' | 'leaf_or_children' | 'children_count' | 'key_twice' | 'too_deep' | 'metric_unknown' | 'metric_kind' | 'linear_range';
export interface TreeIssue {
  field: string;
  reason: TreeIssueReason;
  /** In the caller's language. */
  message: string;
  message_zh: string;
  message_en: string;
}

const levelName = ['一级', '二级', '三级'];

/**
 * What zod cannot see: depth, unique keys, weights adding up at each level, metrics registered and of the target's
 * kind. Every problem comes back at once, each with its field path (`tree.0.children.1.weight`), its reason and its
 * message in Chinese and English → 400.
 */
export function validateTree(tree: readonly TreeNode[], targetKind: TargetKind, metric: (name: string) => MetricInfo | undefined, field = 'tree', lang: 'zh' | 'en' = 'zh'): void {
  const issues: TreeIssue[] = [];
  const issue = (at: string, reason: TreeIssueReason, zh: string, en: string) => issues.push({ field: at, reason, message: lang === 'en' ? en : zh, message_zh: zh, message_en: en });
  const keys = new Map<string, string>();
  const walk = (nodes: readonly TreeNode[], at: string, depth: number) => {
    const sum = nodes.reduce((s, n) => s + n.weight, 0);
    if (Math.abs(sum - WEIGHT_SUM) > 1e-6) {
      const shown = Math.round(sum * 1e4) / 1e4;
      issue(at, 'weights_sum', `${levelName[depth - 1] ?? `第 ${depth} 级`}指标的权重之和为 ${shown}，应为 ${WEIGHT_SUM}`, `weights of level ${depth} add up to ${shown}, must be ${WEIGHT_SUM}`);
    }
    nodes.forEach((n, i) => {
      const here = `${at}.${i}`;
      if (!!n.children === !!n.leaf) issue(`${here}.leaf`, 'leaf_or_children', `指标“${n.name}”须有下级指标或末级评分定义，二者只能有其一`, 'a node has either children or a leaf definition');
      if (n.children && (n.children.length === 0 || n.children.length > 30)) issue(`${here}.children`, 'children_count', '下级指标为 1 至 30 个', '1 to 30 indicators');
      if (keys.has(n.key)) issue(`${here}.key`, 'key_twice', `指标编码 ${n.key} 重复使用（另见 ${keys.get(n.key)}）`, `key ${n.key} is used twice (also at ${keys.get(n.key)})`);
      else keys.set(n.key, here);
      if (n.children) {
        if (depth >= MAX_DEPTH) issue(`${here}.children`, 'too_deep', `最多 ${MAX_DEPTH} 级指标（一级/二级/三级指标）`, `at most ${MAX_DEPTH} levels (一级/二级/三级指标)`);
        else walk(n.children, `${here}.children`, depth + 1);
      }
      if (n.leaf?.type === 'computed') {
        const m = metric(n.leaf.metric);
        if (!m) issue(`${here}.leaf.metric`, 'metric_unknown', `没有名为 ${n.leaf.metric} 的数据指标`, `no registered metric ${n.leaf.metric}`);
        else if (m.kind !== targetKind)
          issue(
            `${here}.leaf.metric`,
            'metric_kind',
            `${n.leaf.metric} 是${m.kind === 'org' ? '组织' : '个人'}指标，本体系考核的是${targetKind === 'org' ? '组织' : '个人'}`,
            `${n.leaf.metric} is a ${m.kind} metric; this system assesses ${targetKind === 'org' ? 'organisations' : 'people'}`,
          );
      }
      if (n.leaf?.type === 'computed' && n.leaf.scoring.fn === 'linear' && n.leaf.scoring.from === n.leaf.scoring.to)
        issue(`${here}.leaf.scoring.to`, 'linear_range', '线性计分的起点和终点不能相同', 'from and to must differ');
    });
  };
  walk(tree, field, 1);
  if (issues.length) throw new AppError('validation_failed', issues);
}
