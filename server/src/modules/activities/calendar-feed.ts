import ical, { ICalCalendarMethod } from 'ical-generator';

export interface CalendarEvent {
  id: number;
  title: string;
  description: string;
  venue: string;
  startsAt: string | Date;
  endsAt: string | Date;
  orgName: string;
  status: string;
}

/**
 * An RFC 5545 calendar; cancelled activities stay in the feed as CANCELLED so clients remove them.
 * Times are written in UTC (…Z): a calendar time zone without a VTIMEZONE would make ical-generator write
 * floating times in the server process's zone, which clients read in their own. X-WR-TIMEZONE only suggests
 * the zone to display the calendar in.
 */
export function buildCalendar(name: string, events: CalendarEvent[], baseUrl: string) {
  const cal = ical({ name, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Vanguard', product: 'activities', language: 'ZH' }, x: [{ key: 'X-WR-TIMEZONE', value: 'Asia/Shanghai' }] });
  for (const e of events) {
    cal.createEvent({
      id: `activity-${e.id}@vanguard`,
      start: new Date(e.startsAt),
      end: new Date(e.endsAt),
      summary: e.title,
      description: `${e.orgName}\n${e.description}`.trim(),
      location: e.venue || undefined,
      url: `${baseUrl}/m/activities/${e.id}`,
      status: e.status === 'cancelled' ? ('CANCELLED' as never) : ('CONFIRMED' as never),
    });
  }
  return cal.toString();
}
