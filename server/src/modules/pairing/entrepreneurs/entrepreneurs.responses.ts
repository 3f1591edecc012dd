import { z } from 'zod';
import { dayOut, instantOut, pageOf } from '../../../kernel/openapi/responses.js';
import { companySizes, entrepreneurSources, entrepreneurStatuses } from '../pairing.schema.js';

const example = {
  id: 41,
  name: '李思远',
  birthDate: '1992-06-01',
  position: '总经理',
  company: '青岛海智无人机科技有限公司',
  creditCode: '91370212MA3C4Q1X26',
  sector: 'low_altitude',
  sectorName: '低空经济',
  districtCode: '370212',
  districtName: '崂山区',
  size: 'small',
  phone: '138****1234',
  orgId: 7,
  orgName: '市发展改革委机关党委',
  source: 'self',
  status: 'approved',
  rejectReason: null,
  reviewedAt: '2026-05-06T02:00:00.000Z',
  accountId: 90,
  pair: { id: 5, cadrePersonId: 301, cadreName: '王晓明', cadreOrgName: '市发展改革委综合处党支部', startedAt: '2026-05-08T02:00:00.000Z' },
  createdAt: '2026-05-05T02:00:00.000Z',
};

/** An entrepreneur; `phone` is masked (138****1234) except in the audited full read and to the entrepreneur. */
export const entrepreneurOut = z
  .object({
    id: z.number().int(),
    name: z.string(),
    birthDate: dayOut.nullable(),
    position: z.string(),
    company: z.string(),
    creditCode: z.string(),
    sector: z.string(),
    sectorName: z.string(),
    districtCode: z.string(),
    districtName: z.string(),
    size: z.enum(companySizes),
    phone: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    source: z.enum(entrepreneurSources),
    status: z.enum(entrepreneurStatuses),
    rejectReason: z.string().nullable(),
    reviewedAt: instantOut.nullable(),
    accountId: z.number().int().nullable(),
    pair: z
      .object({ id: z.number().int(), cadrePersonId: z.number().int(), cadreName: z.string(), cadreOrgName: z.string(), startedAt: instantOut })
      .nullable()
      .meta({ description: '当前结对干部 · the active pair' }),
    createdAt: instantOut,
  })
  .meta({ id: 'PairingEntrepreneur', example });

export const entrepreneurPage = pageOf(entrepreneurOut).meta({ examples: [{ items: [example], total: 1, page: 1, pageSize: 20 }] });

/** The account issued with an approval: the initial password is shown once and must be changed at first sign-in. */
export const issuedAccountOut = z.object({ username: z.string(), initialPassword: z.string() });

export const reviewedOut = z.object({ entrepreneur: entrepreneurOut, account: issuedAccountOut.nullable() }).meta({ id: 'PairingReviewed' });

export const publicReceiptOut = z
  .object({ status: z.literal('pending'), message: z.string() })
  .meta({ id: 'PairingRegistrationReceipt', example: { status: 'pending', message: '登记已提交，工作人员审核后将与您联系' } });

export const optionsOut = z
  .object({
    sectors: z.array(z.object({ code: z.string(), name: z.string() })),
    districts: z.array(z.object({ code: z.string(), name: z.string() })),
    sizes: z.array(z.object({ code: z.enum(companySizes), name: z.string() })),
    concernCategories: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .meta({ id: 'PairingOptions' });
