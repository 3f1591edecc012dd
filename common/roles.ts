/** The roles an account can hold at an organisation, and how the pages name them. */
export const roles = [
  'committee_admin',
  'org_admin',
  'branch_secretary',
  'member',
  'community_staff',
  'handler',
  'entrepreneur',
  'reviewer',
] as const;

export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  committee_admin: { zh: '工委管理员', en: 'Committee admin' },
  org_admin: { zh: '机关党委管理员', en: 'Agency party admin' },
  branch_secretary: { zh: '支部书记', en: 'Branch secretary' },
  member: { zh: '青年干部/党员', en: 'Member' },
  community_staff: { zh: '社区工作者', en: 'Community staff' },
  handler: { zh: '承办单位经办人', en: 'Department handler' },
  entrepreneur: { zh: '青年企业家', en: 'Entrepreneur' },
  reviewer: { zh: '评审专家', en: 'Reviewer' },
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
