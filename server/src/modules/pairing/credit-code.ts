/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and capital letters
 * without I, O, S, V, Z); characters 3–8 are the region code (digits); the 18th is a check character:
 * C18 = 31 − (Σ Ci × Wi mod 31), Wi = 3^(i−1) mod 31, with 31 written as 0.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const shape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i]) * weights[i];
  return alphabet[(31 - (sum % 31)) % 31];
}

/** Upper-cases and drops spaces and dashes, as people type codes off a licence. */
export const normaliseCreditCode = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();

/** Why a (normalised) code is not a valid 统一社会信用代码, or null when it is. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return '统一社会信用代码应为18位 · 18 characters';
  if (!shape.test(code)) return '统一社会信用代码含非法字符 · only digits and capital letters other than I, O, S, V, Z; characters 3–8 are digits';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不符 · the check character does not match';
  return null;
}

export const isCreditCode = (code: string): boolean => creditCodeProblem(code) === null;
