import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/client.js';
import { rows, transaction } from '../../../kernel/db/client.js';
import { AppError } from '../../../kernel/errors.js';
import { audit } from '../../../kernel/audit/audit.js';
import { shanghaiDay } from '../../../kernel/time.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../../kernel/org/pg-errors.js';
import { hoursOfPerson } from '../hours/hours.queries.js';
import { myTeams } from '../teams/teams.queries.js';
import type { CertificateContent } from './certificate-pdf.js';

// No 0/O, 1/I/L: read aloud or typed from paper without doubt. 31^12 ≈ 7.9e17 codes.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const newVerificationCode = () => {
  const c = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;
};
export const normaliseCode = (code: string) => {
  const c = code.replace(/-/g, '').toUpperCase();
  return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;
};

/** 张三丰 → 张*丰, 李娜 → 李*: enough to recognise, not to identify. */
export function maskName(name: string) {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/** Issues a certificate of the person's confirmed hours in the period (by the activity's day, Asia/Shanghai), snapshotting what it says. */
export async function issueCertificate(db: Db, req: FastifyRequest, personId: number, period: { from?: string; to?: string }) {
  const all = (await hoursOfPerson(db, personId)).filter((h) => h.status === 'confirmed' && h.activityStartsAt);
  const dayOf = (h: (typeof all)[number]) => shanghaiDay(new Date(h.activityStartsAt!));
  const days = all.map(dayOf).sort();
  // Without a period: every confirmed hour, also of an activity dated after today (checked in early, already confirmed).
  const today = shanghaiDay(new Date());
  const to = period.to ?? (days.length && days[days.length - 1] > today ? days[days.length - 1] : today);
  const from = period.from ?? days[0] ?? to;
  const inPeriod = all.filter((h) => dayOf(h) >= from && dayOf(h) <= to).sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || a.id - b.id);
  if (!inPeriod.length || from > to) throw new AppError('no_confirmed_hours');
  const [person] = await rows<{ name: string; org_name: string }>(db, sql`SELECT p.name, o.name AS org_name FROM people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${personId}`);
  const totalHours = Math.round(inPeriod.reduce((s, h) => s + Number(h.hours), 0) * 100) / 100;
  const content: CertificateContent = {
    name: person.name,
    orgName: person.org_name,
    teams: (await myTeams(db, personId)).map((t) => t.name),
    communities: [...new Set(inPeriod.map((h) => h.communityName))],
    activities: inPeriod.map((h) => ({ title: h.activityTitle, date: dayOf(h), hours: Number(h.hours), community: h.communityName })),
  };
  const activityCount = new Set(inPeriod.map((h) => h.activityId)).size;
  for (let attempt = 0; ; attempt++) {
    try {
      return await transaction(db, async (tx) => {
        const [c] = await rows<{ id: number }>(
          tx,
          sql`INSERT INTO community_hours_certificates (person_id, verification_code, period_from, period_to, total_hours, activity_count, content)
              VALUES (${personId}, ${newVerificationCode()}, ${from}, ${to}, ${totalHours}, ${activityCount}, ${JSON.stringify(content)}::jsonb) RETURNING id`,
        );
        await audit(tx, req, { action: 'community.certificate_issue', entity: 'hours_certificate', entityId: c.id, summary: `${totalHours} h, ${from}–${to}` });
        return c.id;
      });
    } catch (err) {
      // A clash of two random codes is next to impossible; draw again rather than fail.
      if (pgErrorCode(err) !== UNIQUE_VIOLATION || attempt >= 3) throw err;
    }
  }
}
