import { lazy } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import type { Permission } from '../../kernel/types.js';
import type { SettingsEntry, WebModule } from '../types.js';
import { sysText } from './messages.js';

const SettingsOverviewPage = lazy(() => import('./SettingsOverviewPage.js'));

/**
 * The settings overview: one page listing every module's settings pages (what each module's routes.tsx offers under
 * `settings`), shown in the menu to whoever may open at least one of them.
 */
export function systemModule(settings: SettingsEntry[]): WebModule {
  const open = settings.some((s) => !s.permission);
  const anyOf = open ? undefined : [...new Set(settings.map((s) => s.permission as Permission))];
  return {
    name: 'system',
    menu: [{ path: '/settings', group: 'system', order: 0, icon: <SettingOutlined />, anyOf, label: sysText.menu }],
    routes: [{ path: 'settings', element: <SettingsOverviewPage entries={settings} /> }],
  };
}
