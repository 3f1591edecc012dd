import type { ReactNode } from 'react';
import type { Text } from '../kernel/i18n.js';
import type { Permission } from '../kernel/types.js';

/** Top-level menu groups: 组织管理, the "四个三" (four threes), then system and personal pages. */
export type MenuGroup = 'org' | 'courses' | 'carriers' | 'mechanisms' | 'orientations' | 'system' | 'me';

export interface MenuEntry {
  /** The route path the entry opens. */
  path: string;
  group: MenuGroup;
  label: Text;
  icon?: ReactNode;
  /** Needed to see the entry; none means every signed-in user. */
  permission?: Permission;
  /** Position inside its group (smaller first). */
  order: number;
  /** Shown when the user holds any of these (besides `permission`, if set). */
  anyOf?: Permission[];
}

/** A settings page a module offers: the settings overview (/settings) lists every module's, with its description. */
export interface SettingsEntry {
  path: string;
  label: Text;
  /** One line on what the page sets. */
  description: Text;
  permission?: Permission;
  order: number;
}

export interface ModuleRoute {
  /** Path under the admin shell, without the leading slash ('org/tree'). */
  path: string;
  element: ReactNode;
  permission?: Permission;
}

/** A shortcut on the phone home page. */
export interface MobileLink {
  /** Full path, e.g. '/m/activities'. */
  path: string;
  label: Text;
  icon: ReactNode;
  permission?: Permission;
  order: number;
}

/** What a web module contributes: menu entries, admin-shell routes, and phone (/m) routes and shortcuts. */
export interface WebModule {
  name: string;
  menu: MenuEntry[];
  routes: ModuleRoute[];
  mobileRoutes?: ModuleRoute[];
  mobileLinks?: MobileLink[];
  /** Pages for people without an account (full paths, e.g. '/c/submit'); never redirected to /login. */
  publicRoutes?: ModuleRoute[];
  /** Signed-in pages outside the admin shell, covering the whole window (big screens; full paths, e.g. '/screen/x'). */
  screenRoutes?: ModuleRoute[];
  /** Its settings pages, listed on the settings overview. */
  settings?: SettingsEntry[];
}
