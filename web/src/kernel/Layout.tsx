import { useMemo, useState } from 'react';
import { Avatar, Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { LockOutlined, LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, MobileOutlined, UserOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { canChangePassword, useAuth } from './auth.js';
import { common, useI18n } from './i18n.js';
import { visibleMenu } from './menu.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { webModules } from '../modules/registry.js';
import { roleLabels } from '../../../common/roles.js';

const { Header, Sider, Content } = Layout;

export function AdminLayout() {
  const { me, can, logout } = useAuth();
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const loc = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const groups = useMemo(() => visibleMenu(webModules, can), [can]);

  const items = groups.map((g) => ({
    key: `group:${g.key}`,
    label: t(g.label),
    type: 'group' as const,
    children: g.entries.map((e) => ({ key: e.path, icon: e.icon, label: t(e.label) })),
  }));
  const selected = groups.flatMap((g) => g.entries).find((e) => loc.pathname === e.path || loc.pathname.startsWith(e.path + '/'));
  const role = me?.roles[0];

  const userMenu = {
    items: [
      { key: 'mobile', icon: <MobileOutlined />, label: t(common.mobileHome) },
      ...(canChangePassword(me) ? [{ key: 'password', icon: <LockOutlined />, label: t(common.changePassword) }] : []),
      { type: 'divider' as const },
      { key: 'logout', icon: <LogoutOutlined />, label: t(common.logout), danger: true },
    ],
    onClick: async ({ key }: { key: string }) => {
      if (key === 'mobile') nav('/m');
      if (key === 'password') nav('/change-password');
      if (key === 'logout') {
        await logout();
        nav('/login', { replace: true });
      }
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className="vg-header">
        <Space size={12} align="center">
          <Button
            type="text"
            aria-label="menu"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed((c) => !c)}
            style={{ color: '#fff' }}
          />
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="vg-brand">{t(common.appName)}</span>
        </Space>
        <Space size={8} align="center">
          <LanguageSwitch light />
          <Dropdown menu={userMenu} placement="bottomRight" trigger={['click']}>
            <Button type="text" style={{ color: '#fff' }} data-testid="user-menu">
              <Avatar size="small" icon={<UserOutlined />} style={{ background: '#fff', color: '#c8161d' }} />
              <span style={{ marginLeft: 8 }}>{me?.displayName}</span>
              {role && roleLabels[role.role]?.[lang] !== me?.displayName && (
                <Typography.Text style={{ color: 'rgba(255,255,255,.75)', marginLeft: 8 }} className="vg-hide-narrow">
                  {roleLabels[role.role]?.[lang] ?? role.role}
                </Typography.Text>
              )}
            </Button>
          </Dropdown>
        </Space>
      </Header>
      <Layout>
        <Sider width={220} collapsible collapsed={collapsed} trigger={null} breakpoint="lg" onBreakpoint={setCollapsed} theme="light" className="vg-sider">
          <Menu mode="inline" items={items} selectedKeys={selected ? [selected.path] : []} onClick={({ key }) => nav(key)} style={{ borderInlineEnd: 0 }} />
        </Sider>
        <Content className="vg-content">
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
