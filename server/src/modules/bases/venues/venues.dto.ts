import { z } from 'zod';
import { isoInstant, rowId, rowIdParam } from '../../../kernel/dto.js';
import { venueKinds } from '../bases.schema.js';
import { districtCodes, streetDistrict } from '../bases.reference.js';
import { paging, text } from '../bases.dto.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');

export const openingHours = z
  .array(z.object({ weekday: z.number().int().min(1).max(7).meta({ description: '1=周一 … 7=周日' }), opens: hhmm, closes: hhmm }))
  .max(14)
  .refine((list) => list.every((h) => h.closes > h.opens), { message: 'closes must be after opens' })
  .meta({ description: '每周开放时间（北京时间）；空表示不限 · weekly opening hours, Asia/Shanghai; empty = any time' });

/** The fields as a change names them (no defaults: what is left out stays as it is). */
const changeFields = {
  kind: z.enum(venueKinds),
  name: text(100).min(2),
  theme: text(200),
  description: text(4000),
  orgId: rowId,
  districtCode: z.string().refine((c) => districtCodes.includes(c), 'unknown district code'),
  streetCode: z.string().nullable(),
  address: text(200),
  capacity: z.number().int().min(1).max(100_000),
  facilities: z.array(text(40).min(1)).max(40),
  openingHours,
  needsApproval: z.boolean(),
  shared: z.boolean(),
  designatedOn: z.iso.date().nullable(),
};

const venueFields = {
  kind: z.enum(venueKinds),
  name: text(100).min(2),
  theme: text(200).default(''),
  description: text(4000).default(''),
  orgId: rowId.meta({ description: '所属（管理）组织，须在本人管理范围内 · the owner organisation, in your scope' }),
  districtCode: z.string().refine((c) => districtCodes.includes(c), 'unknown district code'),
  streetCode: z.string().nullable().default(null),
  address: text(200).default(''),
  capacity: z.number().int().min(1).max(100_000),
  facilities: z.array(text(40).min(1)).max(40).default([]),
  openingHours: openingHours.default([]),
  needsApproval: z.boolean().default(false),
  shared: z.boolean().default(true),
  designatedOn: z.iso.date().nullable().default(null).meta({ description: '示范点命名日期（示范点必填）· when the demonstration point was designated' }),
};

const streetInDistrict = (v: { streetCode?: string | null; districtCode?: string }) => !v.streetCode || streetDistrict.get(v.streetCode) === v.districtCode;
const pointDesignated = (v: { kind?: string; designatedOn?: string | null }) => v.kind !== 'demonstration_point' || !!v.designatedOn;

export const venueBody = z
  .object(venueFields)
  .refine(streetInDistrict, { path: ['streetCode'], message: 'street not in the district' })
  .refine(pointDesignated, { path: ['designatedOn'], message: 'a demonstration point needs its designation day' })
  .meta({
    examples: [
      {
        kind: 'demonstration_point',
        name: '市商务局“党建+营商环境”示范点',
        theme: '党建+营商环境',
        orgId: 12,
        districtCode: '370202',
        streetCode: '370202001',
        address: '香港中路 xx 号 3 楼',
        capacity: 60,
        facilities: ['投影', '音响'],
        openingHours: [{ weekday: 1, opens: '09:00', closes: '17:30' }],
        needsApproval: true,
        designatedOn: '2025-07-01',
      },
    ],
  });
export type VenueInput = z.infer<typeof venueBody>;

/** Changed fields only; the merged venue is checked as a whole (street in district, designation day). */
export const venuePatch = z
  .object(changeFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type VenuePatch = z.infer<typeof venuePatch>;

export const venueListQuery = z.object({
  q: z.string().trim().max(60).optional().meta({ description: '按名称、主题、地址搜索 · name, theme or address' }),
  kind: z.enum(venueKinds).optional(),
  districtCode: z.string().max(12).optional(),
  orgId: rowIdParam.optional().meta({ description: '所属组织（含下级）· the owner organisation and its subtree' }),
  status: z.enum(['active', 'retired']).default('active'),
  ...paging,
});
export type VenueListQuery = z.infer<typeof venueListQuery>;

export const bookableQuery = z.object({ q: z.string().trim().max(60).optional(), kind: z.enum(venueKinds).optional(), ...paging });

export const closureBody = z
  .object({ startsAt: isoInstant, endsAt: isoInstant, reason: text(200).min(2) })
  .refine((c) => c.endsAt > c.startsAt, { path: ['endsAt'], message: 'endsAt must be after startsAt' });
