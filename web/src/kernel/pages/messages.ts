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
} satisfies Record<string, Text>;

/** Same rule as the server (password.ts): ≥ 8 characters and 3 of the 4 character classes. */
export function passwordIsStrong(pw: string): boolean {
  if (pw.length < 8 || pw.length > 128) return false;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
  return classes >= 3;
}
