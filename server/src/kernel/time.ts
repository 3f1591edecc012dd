// China has kept UTC+8 all year since 1991, so a fixed offset gives the Asia/Shanghai calendar day.
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The Asia/Shanghai calendar day ('2026-07-01') of an instant — the day the city lives in, whatever TZ the server runs in. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
