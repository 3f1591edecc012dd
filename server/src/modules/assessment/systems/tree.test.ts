import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors.js';
import { leavesOf, validateTree, type TreeNode } from './tree.js';

const metric = (name: string) => (name === 'p.one' ? { kind: 'person' as const } : name === 'o.one' ? { kind: 'org' as const } : undefined);
const issues = (tree: TreeNode[], kind: 'org' | 'person' = 'person') => {
  try {
    validateTree(tree, kind, metric);
    return [];
  } catch (e) {
    return ((e as AppError).details as { field: string }[]).map((d) => d.field);
  }
};
const computed = { type: 'computed' as const, metric: 'p.one', scoring: { fn: 'pass' as const, threshold: 1 } };

describe('indicator tree', () => {
  it('effective weights are the product of the shares along the path', () => {
    const tree: TreeNode[] = [
      { key: 'a', name: 'A', weight: 60, children: [{ key: 'a1', name: 'A1', weight: 50, leaf: computed }, { key: 'a2', name: 'A2', weight: 50, children: [{ key: 'a21', name: 'A21', weight: 100, leaf: { type: 'rated', maxScore: 10, rubric: '' } }] }] },
      { key: 'b', name: 'B', weight: 40, leaf: computed },
    ];
    expect(issues(tree)).toEqual([]);
    expect(leavesOf(tree).map((l) => [l.key, l.weight])).toEqual([['a1', 30], ['a21', 30], ['b', 40]]);
  });

  it('reports every weight sum, depth, key and metric problem with its field', () => {
    const tree: TreeNode[] = [
      { key: 'a', name: 'A', weight: 50, children: [{ key: 'a1', name: 'A1', weight: 30, leaf: computed }, { key: 'a', name: 'dup', weight: 60, leaf: { ...computed, metric: 'o.one' } }] },
      { key: 'b', name: 'B', weight: 40, leaf: { ...computed, metric: 'nope' } },
    ];
    expect(issues(tree).sort()).toEqual(['tree', 'tree.0.children', 'tree.0.children.1.key', 'tree.0.children.1.leaf.metric', 'tree.1.leaf.metric']);
    const deep: TreeNode[] = [{ key: 'a', name: 'A', weight: 100, children: [{ key: 'b', name: 'B', weight: 100, children: [{ key: 'c', name: 'C', weight: 100, children: [{ key: 'd', name: 'D', weight: 100, leaf: computed }] }] }] }];
    expect(issues(deep)).toEqual(['tree.0.children.0.children.0.children']);
  });

  it('says why in both languages, in the caller’s first', () => {
    const tree: TreeNode[] = [{ key: 'a', name: 'A', weight: 50, leaf: computed }, { key: 'b', name: 'B', weight: 40.5, leaf: computed }];
    const refused = (lang?: 'zh' | 'en') => {
      try {
        validateTree(tree, 'person', metric, 'tree', lang);
      } catch (e) {
        return e as AppError;
      }
      throw new Error('not refused');
    };
    const zh = refused();
    expect(zh.code).toBe('validation_failed');
    expect(zh.details).toEqual([
      { field: 'tree', reason: 'weights_sum', message: '一级指标的权重之和为 90.5，应为 100', message_zh: '一级指标的权重之和为 90.5，应为 100', message_en: 'weights of level 1 add up to 90.5, must be 100' },
    ]);
    expect((refused('en').details as { message: string }[])[0].message).toBe('weights of level 1 add up to 90.5, must be 100');
  });
});
