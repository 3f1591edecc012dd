import type { LeafDef, Tree } from './assessment.api.js';

/** A node of the tree as the editor holds it: every level alike, with a stable `uid` for React and updates. */
export interface EditNode {
  uid: string;
  key: string;
  name: string;
  weight: number;
  children: EditNode[];
  leaf?: LeafDef;
}

export const MAX_LEVEL = 3;
let counter = 0;
export const newUid = () => `n${++counter}`;

type AnyNode = { key: string; name: string; weight: number; children?: AnyNode[]; leaf?: LeafDef };

export function fromTree(tree: readonly AnyNode[]): EditNode[] {
  return tree.map((n) => ({ uid: newUid(), key: n.key, name: n.name, weight: n.weight, children: fromTree(n.children ?? []), leaf: n.leaf }));
}

/** Back to the API's shape: a node has children or a leaf, never both. */
export function toTree(nodes: readonly EditNode[]): Tree {
  const out = (list: readonly EditNode[]): AnyNode[] =>
    list.map((n) => (n.children.length ? { key: n.key, name: n.name, weight: n.weight, children: out(n.children) } : { key: n.key, name: n.name, weight: n.weight, leaf: n.leaf }));
  return out(nodes) as Tree;
}

export const sumOf = (list: readonly EditNode[]) => Math.round(list.reduce((s, n) => s + (Number(n.weight) || 0), 0) * 1000) / 1000;

/** Every sibling group adds up to 100 (the server's rule); the groups that do not, by the uid of their parent ('' = top). */
export function badSums(nodes: readonly EditNode[], parent = ''): string[] {
  const here = nodes.length && Math.abs(sumOf(nodes) - 100) > 1e-6 ? [parent] : [];
  return [...here, ...nodes.flatMap((n) => (n.children.length ? badSums(n.children, n.uid) : []))];
}

/** Each leaf with its effective weight (the product of the shares along its path). */
export function effectiveWeights(nodes: readonly EditNode[], share = 1, out = new Map<string, number>()): Map<string, number> {
  for (const n of nodes) {
    const w = share * ((Number(n.weight) || 0) / 100);
    out.set(n.uid, Math.round(w * 100 * 100) / 100);
    effectiveWeights(n.children, w, out);
  }
  return out;
}

export function updateNode(nodes: readonly EditNode[], uid: string, fn: (n: EditNode) => EditNode): EditNode[] {
  return nodes.map((n) => (n.uid === uid ? fn(n) : { ...n, children: updateNode(n.children, uid, fn) }));
}

export function removeNode(nodes: readonly EditNode[], uid: string): EditNode[] {
  return nodes.filter((n) => n.uid !== uid).map((n) => ({ ...n, children: removeNode(n.children, uid) }));
}

/** A fresh indicator with a key not used elsewhere in the tree. */
export function freshNode(all: readonly EditNode[], name: string, weight: number): EditNode {
  const keys = new Set<string>();
  const walk = (l: readonly EditNode[]) => l.forEach((n) => (keys.add(n.key), walk(n.children)));
  walk(all);
  let i = 1;
  while (keys.has(`k${i}`)) i++;
  return { uid: newUid(), key: `k${i}`, name, weight, children: [], leaf: { type: 'rated', maxScore: 10, rubric: '' } };
}

/**
 * Server validation details (`tree.0.children.1.leaf.metric`, `tree.0.children`, `tree`) by the place the editor
 * shows them: `group:<parent uid>` for a level's sum ('' = top), `<uid>` for a node, `<uid>:<field>` for a node's field.
 */
export function placeErrors(nodes: readonly EditNode[], details: readonly { field?: string; message?: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (k: string, m: string) => out.set(k, [...(out.get(k) ?? []), m]);
  for (const d of details) {
    const parts = String(d.field ?? '').replace(/^body\./, '').split('.');
    if (parts[0] !== 'tree') {
      add(parts[0] || 'form', d.message ?? '');
      continue;
    }
    let list: readonly EditNode[] = nodes;
    let parent = '';
    let i = 1;
    let placed = false;
    while (i < parts.length) {
      const node = list[Number(parts[i])];
      if (!node) break;
      if (parts[i + 1] === 'children' && parts.length > i + 2) {
        list = node.children;
        parent = node.uid;
        i += 2;
        continue;
      }
      const rest = parts.slice(i + 1);
      add(rest.length === 0 ? node.uid : rest[0] === 'children' ? `group:${node.uid}` : `${node.uid}:${rest.join('.')}`, d.message ?? '');
      placed = true;
      break;
    }
    if (!placed) add(`group:${parent}`, d.message ?? '');
  }
  return out;
}
