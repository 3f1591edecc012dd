import { readFileSync } from 'node:fs';

export type PasswordProblem = 'length' | 'classes' | 'common' | 'username' | 'reused';

/** Why a password is refused, in both languages (shown under the weak_password error). */
export const passwordProblemText: Record<PasswordProblem, { zh: string; en: string }> = {
  length: { zh: '长度须为 8 到 128 位', en: 'it must be 8 to 128 characters long' },
  classes: { zh: '须包含大写字母、小写字母、数字、符号中的至少三类', en: 'it needs 3 of: upper case, lower case, digits, symbols' },
  common: { zh: '这是常见密码，容易被猜中', en: 'it is a commonly used password, easy to guess' },
  username: { zh: '不能包含用户名', en: 'it must not contain the username' },
  reused: { zh: '不能与当前密码相同', en: 'it must differ from the current password' },
};

let common: Set<string> | undefined;

/** The 10,000 most common passwords (see the header of common-passwords.txt for the source). */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return common;
}

/** Case does not make a common password uncommon, nor do symbols put around it ("Password1!"). */
export function isCommonPassword(plain: string): boolean {
  const lower = plain.toLowerCase();
  const list = commonPasswords();
  return list.has(lower) || list.has(lower.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ''));
}

/**
 * ≥ 8 characters with at least 3 of upper case, lower case, digits and symbols; not one of the
 * common passwords; not containing the account's username (any case). Null when acceptable.
 */
export function passwordProblem(plain: string, account: { username?: string } = {}): PasswordProblem | null {
  if (plain.length < 8 || plain.length > 128) return 'length';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(plain)).length;
  if (classes < 3) return 'classes';
  if (isCommonPassword(plain)) return 'common';
  if (account.username && plain.toLowerCase().includes(account.username.toLowerCase())) return 'username';
  return null;
}
