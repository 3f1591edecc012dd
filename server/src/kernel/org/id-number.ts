const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Full-width digits and letters (０-９, Ｘ) → ASCII; trims spaces. Excel sheets often carry them. */
export function normaliseWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
}

export function idChecksum(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** GB 11643-1999: 17 digits, a valid birth date, and the ISO 7064 MOD 11-2 check character. */
export function isValidIdNumber(raw: string): boolean {
  const id = normaliseWidth(raw).toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date.getTime() > Date.now()) return false;
  return idChecksum(id.slice(0, 17)) === id[17];
}

export function makeIdNumber(areaCode: string, birthDate: string, sequence: number, male: boolean): string {
  let seq = sequence % 1000;
  if ((seq % 2 === 1) !== male) seq = (seq + 1) % 1000;
  const body = areaCode + birthDate.replaceAll('-', '') + String(seq).padStart(3, '0');
  return body + idChecksum(body);
}

/** 370202199001011234 → 370202********1234 */
export function maskIdNumber(id: string): string {
  return id.length < 10 ? '****' : id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** 13912345678 → 139****5678 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length < 7 ? '****' : phone.slice(0, 3) + '****' + phone.slice(-4);
}
