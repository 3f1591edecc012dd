import type { Text } from '../i18n.js';

export const authText = {
  subtitle: { zh: '“四个三”路径淬炼“青春之岛”先锋队伍', en: 'Forging the Youth Island vanguard the "four threes" way' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  usernameRequired: { zh: '请输入用户名', en: 'Enter your username' },
  passwordRequired: { zh: '请输入密码', en: 'Enter your password' },
  signIn: { zh: '登录', en: 'Sign in' },
  joinEntrepreneur: { zh: '青年企业家？在线登记加入青创π', en: 'A young entrepreneur? Register for the pairing programme' },
  lockedUntil: { zh: '连续登录失败次数过多，账号已锁定至 {time}，请稍后再试或联系管理员解锁。', en: 'Too many failed attempts: the account is locked until {time}. Try later or ask an administrator to unlock it.' },
  changeTitle: { zh: '修改密码', en: 'Change password' },
  mustChange: { zh: '首次登录或密码已重置，请先设置新密码。', en: 'First sign-in or password reset: please set a new password.' },
  currentPassword: { zh: '当前密码', en: 'Current password' },
  newPassword: { zh: '新密码', en: 'New password' },
  confirmPassword: { zh: '确认新密码', en: 'Confirm new password' },
  policy: { zh: '密码至少 8 位，且包含大写字母、小写字母、数字、符号中的至少三类；不能是常见密码，不能包含用户名。', en: 'At least 8 characters, with at least 3 of: upper case, lower case, digits, symbols; not a common password, not containing your username.' },
  policyFailed: { zh: '密码不符合要求', en: 'The password does not meet the policy' },
  mismatch: { zh: '两次输入的新密码不一致', en: 'The two new passwords differ' },
  sameAsOld: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  changed: { zh: '密码已修改', en: 'Password changed' },
  back: { zh: '返回', en: 'Back' },
  oidcSignIn: { zh: '使用统一身份认证登录', en: 'Sign in with the unified identity service' },
  orPassword: { zh: '或使用用户名密码登录', en: 'or sign in with username and password' },
} satisfies Record<string, Text>;

/** Why a sign-in through the identity provider was refused (the callback's `oidc_error`), as the server's catalogue says it. */
export const oidcErrorText: Record<string, Text> = {
  oidc_unknown_user: { zh: '统一身份认证账号未关联本平台的任何账号，请联系管理员开通。', en: 'Your identity provider account is not linked to any account here; ask an administrator.' },
  oidc_account_disabled: { zh: '对应的平台账号已停用，请联系管理员。', en: 'The matching account is disabled; ask an administrator.' },
  oidc_account_locked: { zh: '对应的平台账号因连续登录失败已锁定，请稍后再试或联系管理员解锁。', en: 'The matching account is locked after too many failed sign-ins; try later or ask an administrator to unlock it.' },
  oidc_failed: { zh: '统一身份认证登录未完成或校验失败，请重新登录。', en: 'Sign-in through the identity provider did not complete or failed its checks; try again.' },
  oidc_unavailable: { zh: '统一身份认证服务暂时无法访问，请稍后再试。', en: 'The identity provider cannot be reached; try again later.' },
};

/** Same rule as the server (password.ts): ≥ 8 characters and 3 of the 4 character classes. */
export function passwordIsStrong(pw: string): boolean {
  if (pw.length < 8 || pw.length > 128) return false;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
  return classes >= 3;
}
