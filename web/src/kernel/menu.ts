import type { MenuEntry, MenuGroup, WebModule } from '../modules/types.js';
import type { Text } from './i18n.js';
import type { Permission } from './types.js';

export const menuGroups: { key: MenuGroup; label: Text }[] = [
  { key: 'org', label: { zh: '组织管理', en: 'Organisation' } },
  { key: 'courses', label: { zh: '修好“三门课”', en: 'Three courses' } },
  { key: 'carriers', label: { zh: '创新“三载体”', en: 'Three carriers' } },
  { key: 'mechanisms', label: { zh: '完善“三机制”', en: 'Three mechanisms' } },
  { key: 'orientations', label: { zh: '树牢“三导向”', en: 'Three orientations' } },
  { key: 'system', label: { zh: '系统管理', en: 'System' } },
  { key: 'me', label: { zh: '个人中心', en: 'My centre' } },
];

/**
 * The entries this user may open, grouped in menu order; empty groups are left out. A page that two roles reach
 * through different permissions has one entry per permission; the user sees it once.
 */
export function visibleMenu(modules: WebModule[], can: (p: Permission) => boolean) {
  const seen = new Set<string>();
  const entries = modules
    .flatMap((m) => m.menu)
    .filter((e) => (!e.permission || can(e.permission)) && (!e.anyOf || e.anyOf.some(can)))
    .filter((e) => !seen.has(e.path) && !!seen.add(e.path));
  return menuGroups
    .map((g) => ({ ...g, entries: entries.filter((e) => e.group === g.key).sort((a, b) => a.order - b.order) }))
    .filter((g) => g.entries.length > 0);
}

export function firstEntry(groups: ReturnType<typeof visibleMenu>): MenuEntry | undefined {
  return groups[0]?.entries[0];
}
