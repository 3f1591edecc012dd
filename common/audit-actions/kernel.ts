import type { Text } from './text.js';

/** Actions written by the platform itself: sign-in, organisations, people, accounts, points, figures. */
export const kernelAuditActions = {
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'auth.login_failed': { zh: '登录失败', en: 'Sign-in failed' },
  'auth.locked': { zh: '账号锁定', en: 'Account locked' },
  'auth.password_changed': { zh: '修改密码', en: 'Password changed' },
  'auth.password_failed': { zh: '原密码错误', en: 'Wrong current password' },
  'accounts.create': { zh: '创建账号', en: 'Account created' },
  'accounts.password_reset': { zh: '重置密码', en: 'Password reset' },
  'accounts.role_added': { zh: '授予角色', en: 'Role granted' },
  'accounts.role_removed': { zh: '撤销角色', en: 'Role removed' },
  'accounts.unlock': { zh: '解锁账号', en: 'Account unlocked' },
  'org.create': { zh: '新建组织', en: 'Organisation created' },
  'org.update': { zh: '修改组织', en: 'Organisation edited' },
  'org.move': { zh: '调整上级组织', en: 'Organisation moved' },
  'org.dissolve': { zh: '撤销组织', en: 'Organisation dissolved' },
  'people.create': { zh: '新增人员', en: 'Person added' },
  'people.update': { zh: '修改人员信息', en: 'Person edited' },
  'people.import': { zh: '导入花名册', en: 'Roster imported' },
  'people.export': { zh: '导出花名册', en: 'Roster exported' },
  'people.export_full': { zh: '导出花名册（含完整个人信息）', en: 'Roster exported with full records' },
  'people.read_full': { zh: '查看完整个人信息', en: 'Full personal record viewed' },
  'points_rules.update': { zh: '修改积分规则', en: 'Points rule edited' },
  'points_rules.create': { zh: '新增积分规则', en: 'Points rule added' },
  'figures.export': { zh: '导出指标数据', en: 'Figures exported' },
} satisfies Record<string, Text>;
