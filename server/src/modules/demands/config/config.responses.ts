import { z } from 'zod';
import { dayOut, instantOut, itemsOf } from '../../../kernel/openapi/responses.js';
import { categoryAudiences, deadlineUnits } from '../demands.schema.js';

/** Answers of the catalogue, calendar, dispatch rules, settings and Open311 keys. */

const unit = z.enum(deadlineUnits);

export const categoryOut = z
  .object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    defaultOrgId: z.number().int().nullable(),
    defaultAgency: z.string().nullable(),
    responseValue: z.number().int(),
    responseUnit: unit,
    resolutionValue: z.number().int(),
    resolutionUnit: unit,
    active: z.boolean(),
    audience: z.enum(categoryAudiences).meta({ description: 'public 市民与 Open311 可选；enterprise 仅企业诉求（青创π 急难愁盼）· public: citizens and Open311; enterprise: business concerns only' }),
  })
  .meta({ id: 'DemandCategory' });
export const categoriesOut = itemsOf(categoryOut);

/** The category as written. */
export const categoryPutOut = categoryOut.omit({ defaultAgency: true, audience: true });

export const holidayOut = z.object({ day: dayOut, isWorkday: z.boolean(), name: z.string() }).meta({ id: 'DemandHoliday' });
export const holidaysOut = itemsOf(holidayOut);
export const holidayPutOut = holidayOut;

export const ruleOut = z
  .object({ id: z.number().int(), categoryCode: z.string(), districtCode: z.string(), orgId: z.number().int(), orgName: z.string(), priority: z.number().int() })
  .meta({ id: 'DemandDispatchRule' });
export const rulesOut = itemsOf(ruleOut);
export const rulePutOut = ruleOut.omit({ orgName: true });

export const apiKeyOut = z
  .object({ id: z.number().int(), name: z.string(), keyPrefix: z.string(), createdAt: instantOut, revokedAt: instantOut.nullable(), lastUsedAt: instantOut.nullable() })
  .meta({ id: 'Open311ApiKey' });
export const apiKeysOut = itemsOf(apiKeyOut);
export const apiKeyCreatedOut = z.object({
  id: z.number().int(),
  name: z.string(),
  key: z.string().meta({ description: '完整密钥，仅此一次返回 · the whole key, returned only here' }),
});
