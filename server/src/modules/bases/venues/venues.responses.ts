import { z } from 'zod';
import { dayOut, instantOut, itemsOf, pageOf } from '../../../kernel/openapi/responses.js';
import { venueKinds, venueStatuses } from '../bases.schema.js';

const venueExample = {
  id: 3,
  kind: 'demonstration_point',
  kindName: '机关党建示范点',
  name: '市商务局“党建+营商环境”示范点',
  theme: '党建+营商环境',
  description: '',
  orgId: 12,
  orgName: '市商务局机关党委',
  districtCode: '370202',
  districtName: '市南区',
  streetCode: '370202001',
  streetName: '香港中路街道',
  address: '香港中路 xx 号 3 楼',
  capacity: 60,
  facilities: ['投影', '音响'],
  openingHours: [{ weekday: 1, opens: '09:00', closes: '17:30' }],
  needsApproval: true,
  shared: true,
  designatedOn: '2025-07-01',
  status: 'active',
  photoCount: 2,
  upcomingBookings: 4,
  createdAt: '2025-07-01T02:00:00.000Z',
  updatedAt: '2025-07-01T02:00:00.000Z',
};

export const venueOut = z
  .object({
    id: z.number().int(),
    kind: z.enum(venueKinds),
    kindName: z.string(),
    name: z.string(),
    theme: z.string(),
    description: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    districtCode: z.string(),
    districtName: z.string(),
    streetCode: z.string().nullable(),
    streetName: z.string().nullable(),
    address: z.string(),
    capacity: z.number().int(),
    facilities: z.array(z.string()),
    openingHours: z.array(z.object({ weekday: z.number().int(), opens: z.string(), closes: z.string() })),
    needsApproval: z.boolean(),
    shared: z.boolean(),
    designatedOn: dayOut.nullable(),
    status: z.enum(venueStatuses),
    photoCount: z.number().int(),
    upcomingBookings: z.number().int(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'BasesVenue', example: venueExample });

export const venuePage = pageOf(venueOut).meta({ examples: [{ items: [venueExample], total: 1, page: 1, pageSize: 20 }] });

export const closureOut = z.object({ id: z.number().int(), venueId: z.number().int(), startsAt: instantOut, endsAt: instantOut, reason: z.string() }).meta({ id: 'BasesVenueClosure' });
export const closureList = itemsOf(closureOut);

export const photoOut = z.object({ id: z.number().int(), caption: z.string(), url: z.string(), createdAt: instantOut }).meta({ id: 'BasesVenuePhoto' });
export const photoList = itemsOf(photoOut);
export const feedUrlOut = z.object({ url: z.string() });
