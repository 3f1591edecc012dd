import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface FeedBooking {
  id: number;
  title: string;
  orgName: string;
  startsAt: string | Date;
  endsAt: string | Date;
  status: string;
  note: string;
}

/**
 * A venue's bookings as RFC 5545. Times are absolute UTC instants (…Z): a calendar zone without a VTIMEZONE would make
 * ical-generator write floating times in the server's zone. Requests awaiting approval are TENTATIVE; cancelled and
 * rejected ones stay as CANCELLED so subscribed clients remove them.
 */
export function buildVenueCalendar(venue: { id: number; name: string; address: string }, bookings: FeedBooking[]) {
  const cal = ical({ name: `${venue.name} 预约`, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Vanguard', product: 'bases', language: 'ZH' }, x: [{ key: 'X-WR-TIMEZONE', value: 'Asia/Shanghai' }] });
  for (const b of bookings) {
    cal.createEvent({
      id: `bases-booking-${b.id}@vanguard`,
      start: new Date(b.startsAt),
      end: new Date(b.endsAt),
      summary: b.title,
      description: `${b.orgName}${b.note ? `\n${b.note}` : ''}`,
      location: [venue.name, venue.address].filter(Boolean).join(' '),
      status: b.status === 'approved' ? ICalEventStatus.CONFIRMED : b.status === 'pending' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CANCELLED,
    });
  }
  return cal.toString();
}
