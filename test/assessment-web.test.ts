import { describe, expect, it } from 'vitest';
import { badSums, effectiveWeights, fromTree, placeErrors, toTree } from '../web/src/modules/assessment/tree-model.js';
import { parseSamples } from '../web/src/modules/assessment/samples.js';

const tree = [
  {
    key: 'study',
    name: '学习',
    weight: 60,
    children: [
      { key: 'hours', name: '学习时长', weight: 50, leaf: { type: 'computed' as const, metric: 'content.my_study_hours', scoring: { fn: 'linear' as const, from: 0, to: 10 } } },
      { key: 'quiz', name: '答题', weight: 40, leaf: { type: 'computed' as const, metric: 'learning.my_quiz_accuracy', scoring: { fn: 'pass' as const, threshold: 80 } } },
    ],
  },
  { key: 'conduct', name: '工作表现', weight: 40, leaf: { type: 'rated' as const, maxScore: 10, rubric: '' } },
];

describe('assessment web: the indicator tree editor model', () => {
  it('goes back to the API shape unchanged', () => {
    expect(toTree(fromTree(tree))).toEqual(tree);
  });

  it('finds the levels whose weights do not add up to 100, and the effective weights', () => {
    const nodes = fromTree(tree);
    // 学习's children add up to 90: that group is marked, the top level (60 + 40) is not.
    expect(badSums(nodes)).toEqual([nodes[0].uid]);
    const eff = effectiveWeights(nodes);
    expect([eff.get(nodes[0].children[0].uid), eff.get(nodes[0].children[1].uid), eff.get(nodes[1].uid)]).toEqual([30, 24, 40]);
  });

  it('places the server validation errors on the right nodes and fields', () => {
    const nodes = fromTree(tree);
    const placed = placeErrors(nodes, [
      { field: 'tree', message: 'top' },
      { field: 'tree.0.children', message: 'sum' },
      { field: 'tree.0.children.1.leaf.metric', message: 'metric' },
      { field: 'body.tree.1.weight', message: 'weight' },
      { field: 'name', message: 'name' },
    ]);
    expect(Object.fromEntries(placed)).toEqual({
      'group:': ['top'],
      [`group:${nodes[0].uid}`]: ['sum'],
      [`${nodes[0].children[1].uid}:leaf.metric`]: ['metric'],
      [`${nodes[1].uid}:weight`]: ['weight'],
      name: ['name'],
    });
  });

  it('reads the preview samples, leaving out what is not a number', () => {
    expect(parseSamples('0, 5，12.5  x -3')).toEqual([0, 5, 12.5, -3]);
  });
});
