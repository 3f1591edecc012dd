import { z } from 'zod';
import { instantOut, dayOut, pageOf } from '../../../kernel/openapi/responses.js';
import { contactKinds } from '../pairing.schema.js';

const pairExample = {
  id: 5,
  cadrePersonId: 301,
  cadreName: '王晓明',
  cadreOrgId: 12,
  cadreOrgName: '市发展改革委综合处党支部',
  entrepreneurId: 41,
  entrepreneurName: '李思远',
  company: '青岛海智无人机科技有限公司',
  sector: 'low_altitude',
  note: '低空经济产业链对接',
  startedAt: '2026-05-08T02:00:00.000Z',
  endedAt: null,
  endReason: null,
  contactCount: 3,
  lastContactAt: '2026-06-02T01:30:00.000Z',
};

/** A pair of a cadre and an entrepreneur; ended pairs stay as history. */
export const pairOut = z
  .object({
    id: z.number().int(),
    cadrePersonId: z.number().int(),
    cadreName: z.string(),
    cadreOrgId: z.number().int(),
    cadreOrgName: z.string(),
    entrepreneurId: z.number().int(),
    entrepreneurName: z.string(),
    company: z.string(),
    sector: z.string(),
    note: z.string(),
    startedAt: instantOut,
    endedAt: instantOut.nullable(),
    endReason: z.string().nullable(),
    contactCount: z.number().int(),
    lastContactAt: instantOut.nullable(),
  })
  .meta({ id: 'PairingPair', example: pairExample });

export const pairPage = pageOf(pairOut).meta({ examples: [{ items: [pairExample], total: 1, page: 1, pageSize: 20 }] });

export const contactOut = z
  .object({
    id: z.number().int(),
    pairId: z.number().int(),
    kind: z.enum(contactKinds),
    kindName: z.string(),
    topic: z.string(),
    notes: z.string(),
    followUp: z.string(),
    followUpDue: dayOut.nullable(),
    happenedAt: instantOut,
    writtenByName: z.string().nullable(),
    createdAt: instantOut,
  })
  .meta({ id: 'PairingContact' });

export const contactPage = pageOf(contactOut);
