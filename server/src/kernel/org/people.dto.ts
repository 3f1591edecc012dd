import { z } from 'zod';
import { isoDay, rowId, rowIdParam } from '../dto.js';
import { isValidIdNumber, normaliseWidth } from './id-number.js';
import { partyStatuses } from './org.schema.js';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const idNumberField = z
  .string()
  .max(40)
  .transform((v) => normaliseWidth(v).replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().refine(isValidIdNumber, 'invalid ID number: 18 characters with a valid birth date and GB 11643 check character'));

const phoneField = z
  .string()
  .max(30)
  .transform((v) => normaliseWidth(v).replace(/[\s-]+/g, ''))
  .pipe(z.string().regex(/^1\d{10}$/, 'phone must be an 11-digit mobile number'));

const personFields = {
  name: z.string().trim().min(1).max(50),
  gender: z.enum(['男', '女']),
  ethnicity: z.string().trim().min(1).max(20),
  birthDate: isoDay.refine((d) => d >= '1900-01-01' && new Date(d).getTime() <= Date.now(), 'birth date out of range'),
  idNumber: idNumberField,
  phone: phoneField.nullable(),
  partyStatus: z.enum(partyStatuses),
  joinDate: isoDay.nullable(),
  unit: z.string().trim().max(100).nullable(),
  position: z.string().trim().max(100).nullable(),
  education: z.string().trim().max(50).nullable(),
  orgId: rowId,
};

export const createPersonBody = z.object({
  ...personFields,
  ethnicity: personFields.ethnicity.default('汉族'),
  phone: personFields.phone.optional(),
  joinDate: personFields.joinDate.optional(),
  unit: optionalText(100),
  position: optionalText(100),
  education: optionalText(50),
});

export const updatePersonBody = z
  .object(personFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change', path: ['name'] });

export type CreatePerson = z.infer<typeof createPersonBody>;
export type UpdatePerson = z.infer<typeof updatePersonBody>;

export const peopleSorts = ['name', '-name', 'birthDate', '-birthDate', 'id', '-id'] as const;

export const peopleQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(50).optional(),
  orgId: rowIdParam.optional(),
  partyStatus: z.enum(partyStatuses).optional(),
  gender: z.enum(['男', '女']).optional(),
  /** Young cadres: aged 35 or under today. */
  young: z.stringbool().optional(),
  sort: z.enum(peopleSorts).default('id'),
});

export type PeopleQuery = z.infer<typeof peopleQuery>;

export const personItem = z.object({
  id: z.number(),
  name: z.string(),
  gender: z.string(),
  ethnicity: z.string(),
  birthDate: z.string().meta({ format: 'date' }),
  age: z.number(),
  idNumber: z.string(),
  phone: z.string().nullable(),
  partyStatus: z.string(),
  joinDate: z.string().meta({ format: 'date' }).nullable(),
  unit: z.string().nullable(),
  position: z.string().nullable(),
  education: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
});

export const peopleResponse = z.object({ items: z.array(personItem), total: z.number(), page: z.number(), pageSize: z.number() });
