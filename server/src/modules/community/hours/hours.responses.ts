import { z } from 'zod';
import { countOut, instantOut, itemsOf, pageOf } from '../../../kernel/openapi/responses.js';
import { hoursStatuses } from '../hours.schema.js';
import { myTeamOut } from '../teams/teams.responses.js';

const id = z.number().int();
/** numeric(6,2) hours, read as text, sent as a number. */
const decimal = countOut;

export const serviceHoursOut = z
  .object({
    id,
    activityId: id,
    activityTitle: z.string(),
    activityStartsAt: instantOut.nullable(),
    personId: id,
    name: z.string(),
    orgName: z.string(),
    communityId: id,
    communityName: z.string(),
    recordedHours: decimal,
    adjustedHours: decimal.nullable(),
    adjustReason: z.string().nullable(),
    /** What counts: the adjusted hours, else the recorded ones. */
    hours: decimal,
    status: z.enum(hoursStatuses),
    recordedAt: instantOut,
    confirmedAt: instantOut.nullable(),
    returnReason: z.string().nullable(),
    returnedAt: instantOut.nullable(),
  })
  .meta({ id: 'ServiceHours' });
export const serviceHoursPage = pageOf(serviceHoursOut);

export const recordHoursOut = z.object({ recorded: z.number().int().meta({ description: '新记录的人数 · rows recorded now' }), notCheckedOut: z.number().int().meta({ description: '尚未签退、未能记录的人数 · attendees still checked in' }) });
export const decidedOut = z.object({ count: z.number().int() });

export const volunteerRecordOut = z
  .object({
    totals: z.object({ confirmedHours: decimal, pendingHours: decimal, returnedHours: decimal, activities: z.number().int(), confirmedActivities: z.number().int() }),
    activities: z.array(serviceHoursOut),
    teams: z.array(myTeamOut),
    communities: z.array(
      z.object({
        id,
        name: z.string(),
        relation: z.enum(['registered', 'served']).meta({ description: 'registered = 本人报到的社区；served = 服务过的社区' }),
        status: z.string().nullable().meta({ description: '报到状态（registered 时）· registration status' }),
        since: instantOut.nullable(),
      }),
    ),
  })
  .meta({ id: 'VolunteerRecord' });

export const hoursListOut = itemsOf(serviceHoursOut);
