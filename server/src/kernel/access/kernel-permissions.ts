import type { PermissionDef } from './permissions.js';
import { admins, everyone } from './roles.js';

/** Permissions of the kernel itself; modules declare theirs in their manifests. */
export const kernelPermissions: readonly PermissionDef[] = [
  { name: 'org.read', roles: [...admins, 'branch_secretary'], scope: 'subtree', description: '查看组织树' },
  { name: 'org.write', roles: admins, scope: 'subtree', description: '新建、重命名、移动、撤销组织' },
  { name: 'people.read', roles: [...admins, 'branch_secretary'], scope: 'subtree', description: '查看人员（脱敏）' },
  { name: 'people.read_full', roles: admins, scope: 'subtree', description: '查看完整身份证号和手机号（留痕）' },
  { name: 'people.write', roles: admins, scope: 'subtree', description: '新增、修改人员' },
  { name: 'people.import', roles: admins, scope: 'subtree', description: 'Excel 批量导入花名册' },
  { name: 'people.export', roles: [...admins, 'branch_secretary'], scope: 'subtree', description: '导出花名册' },
  { name: 'accounts.read', roles: admins, scope: 'subtree', description: '查看账号与角色' },
  { name: 'accounts.write', roles: admins, scope: 'subtree', description: '开设账号、分配角色、重置密码' },
  { name: 'audit.read', roles: admins, scope: 'subtree', description: '查询操作日志' },
  { name: 'points.read', roles: everyone, scope: 'self', description: '查看本人积分' },
  { name: 'points.leaderboard', roles: everyone, scope: 'subtree', description: '查看积分排行' },
  { name: 'figures.read', roles: [...admins, 'branch_secretary'], scope: 'subtree', description: '查看统计指标及其明细' },
  { name: 'points_rules.read', roles: ['committee_admin'], scope: 'subtree', description: '查看积分规则' },
  { name: 'points_rules.write', roles: ['committee_admin'], scope: 'subtree', description: '修改积分规则' },
];
