import type { OrgKind, OrgNode } from './org.api.js';

export interface TreeItem {
  key: number;
  value: number;
  title: string;
  node: OrgNode;
  children?: TreeItem[];
}

/** Ids on an org's materialised path, root first: '/1/7/42/' → [1, 7, 42]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

/** Nests the flat list; nodes whose parent is outside the caller's scope become roots. */
export function buildTree(nodes: OrgNode[], keep?: (n: OrgNode) => boolean): TreeItem[] {
  const byId = new Map<number, TreeItem>();
  for (const n of nodes) if (!keep || keep(n)) byId.set(n.id, { key: n.id, value: n.id, title: n.name, node: n });
  const roots: TreeItem[] = [];
  for (const item of byId.values()) {
    const parent = item.node.parentId == null ? undefined : byId.get(item.node.parentId);
    if (parent) (parent.children ??= []).push(item);
    else roots.push(item);
  }
  return roots;
}

/** Nodes whose name contains the term, plus their ancestors so the tree stays connected. */
export function searchTree(nodes: OrgNode[], term: string): { items: TreeItem[]; expand: number[]; hits: Set<number> } {
  const q = term.trim().toLowerCase();
  if (!q) return { items: buildTree(nodes), expand: [], hits: new Set() };
  const hits = new Set(nodes.filter((n) => n.name.toLowerCase().includes(q)).map((n) => n.id));
  const keep = new Set<number>();
  for (const n of nodes) if (hits.has(n.id)) for (const id of pathIds(n.path)) keep.add(id);
  for (const id of hits) keep.add(id);
  const expand = [...keep].filter((id) => !hits.has(id) || nodes.some((n) => n.parentId === id && keep.has(n.id)));
  return { items: buildTree(nodes, (n) => keep.has(n.id)), expand, hits };
}

export const kindLabels: Record<OrgKind, { zh: string; en: string }> = {
  committee: { zh: '工委', en: 'Working committee' },
  party_committee: { zh: '机关党委', en: 'Agency party committee' },
  general_branch: { zh: '党总支', en: 'General branch' },
  branch: { zh: '党支部', en: 'Branch' },
};

export const orgKinds: OrgKind[] = ['committee', 'party_committee', 'general_branch', 'branch'];

/** The usual kind of a new child: one level down, and branches under branches stay branches. */
export function childKind(parent: OrgKind): OrgKind {
  const i = orgKinds.indexOf(parent);
  return orgKinds[Math.min(i + 1, orgKinds.length - 1)];
}
