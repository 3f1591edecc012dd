/**
 * ISBNs as printed on books: ISBN-10 (nine digits and a check character 0–9 or X, weights 10…1, sum ≡ 0 mod 11) and
 * ISBN-13 (prefix 978/979, weights 1,3,1,3…, sum ≡ 0 mod 10). Hyphens and spaces between digits are allowed
 * ("978-7-01-021135-5"); anything else is refused. Shared by the server (validation) and the web forms.
 */

/** The digits of an ISBN as typed, or null when it holds other characters than digits, hyphens, spaces and a final X. */
function compact(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  if (!/^[0-9X](?:[0-9X \-]*[0-9X])?$/.test(s) || /[ -]{2}/.test(s)) return null;
  const digits = s.replace(/[ -]/g, '');
  return /^\d{9}[\dX]$|^\d{13}$/.test(digits) ? digits : null;
}

function isbn10Valid(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (10 - i) * (d[i] === 'X' ? 10 : Number(d[i]));
  return sum % 11 === 0;
}

function isbn13Valid(d: string): boolean {
  if (!d.startsWith('978') && !d.startsWith('979')) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(d[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** Whether the text is a valid ISBN-10 or ISBN-13 (check digit right). */
export function isValidIsbn(raw: string): boolean {
  const d = compact(raw);
  if (!d) return false;
  return d.length === 10 ? isbn10Valid(d) : isbn13Valid(d);
}

/** The ISBN-13 of a valid ISBN (an ISBN-10 gets the 978 prefix and a new check digit), or null when invalid. */
export function normaliseIsbn(raw: string): string | null {
  const d = compact(raw);
  if (!d || !isValidIsbn(d)) return null;
  if (d.length === 13) return d;
  const body = `978${d.slice(0, 9)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return `${body}${(10 - (sum % 10)) % 10}`;
}
