// PostgreSQL array literals, so a whole column of a multi-row write travels as one parameter
// (`INSERT … SELECT FROM unnest($1::text[], $2::int[], …)`); drizzle's sql`` would expand a JS array into a list.

const quote = (v: string | null) => (v === null ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);

export const textArray = (list: (string | null | undefined)[]) => `{${list.map((v) => quote(v ?? null)).join(',')}}`;

export const numArray = (list: (number | string | null | undefined)[]) => `{${list.map((v) => (v == null ? 'NULL' : String(v))).join(',')}}`;
