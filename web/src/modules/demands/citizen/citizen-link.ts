/**
 * The submitter's secret lives in the tracking link's #fragment (/c/track/CODE#t=SECRET): browsers never
 * send a fragment to the server, so it is in no request line, server log or Referer. It travels only in
 * the x-demand-token header of the requests that need it.
 */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export function secretFromHash(hash: string): string | null {
  const t = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return t && SECRET.test(t) ? t : null;
}

export const secretHeaders = (secret: string | null): Record<string, string> | undefined => (secret ? { 'x-demand-token': secret } : undefined);
