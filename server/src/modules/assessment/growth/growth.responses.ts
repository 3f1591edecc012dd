import { z } from 'zod';
import { growthKinds } from './growth.queries.js';

const label = z.object({ zh: z.string(), en: z.string() });

export const growthOut = z
  .object({
    person: z.object({
      id: z.number().int(),
      name: z.string(),
      gender: z.string().nullable(),
      age: z.number().int().nullable(),
      orgId: z.number().int(),
      orgName: z.string(),
      partyStatus: z.string().nullable(),
    }),
    figures: z.array(z.object({ name: z.string(), label, unit: z.string(), value: z.number() })).meta({ description: '登记的个人指标（全部时间）· the registered person metrics, all time' }),
    summary: z.object({ volunteerHours: z.number(), counts: z.record(z.enum(growthKinds), z.number().int()) }),
    radar: z
      .object({
        squadId: z.number().int().nullable(),
        squadName: z.string().nullable(),
        period: z.string().nullable(),
        total: z.number().nullable(),
        dimensions: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string(), value: z.number().nullable() })),
      })
      .meta({ description: '所在尖刀班最近一个已结束考评期的五比得分 · the 五比 of the squad in its latest closed period' }),
    timeline: z.array(
      z.object({
        at: z.string().meta({ format: 'date-time' }),
        kind: z.enum(growthKinds),
        title: z.string(),
        detail: z.string(),
        value: z.string().nullable(),
        link: z.string().nullable().meta({ description: '管理端记录页 · the record in the admin pages' }),
        mobileLink: z.string().nullable().meta({ description: '手机端记录页 · the record on the phone' }),
      }),
    ),
  })
  .meta({ id: 'GrowthProfile' });
