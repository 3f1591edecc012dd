import { z } from 'zod';
import { isoDay, rowId, rowIdParam } from '../../../kernel/dto.js';
import { normaliseWidth } from '../../../kernel/org/id-number.js';
import { companySizes, entrepreneurStatuses } from '../pairing.schema.js';
import { districtCodes, sectorCodes } from '../pairing.reference.js';
import { creditCodeProblem, normaliseCreditCode } from '../credit-code.js';

export const creditCode = z
  .string()
  .max(40)
  .transform((v) => normaliseCreditCode(normaliseWidth(v)))
  .superRefine((v, ctx) => {
    const problem = creditCodeProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: '统一社会信用代码（GB 32100-2015，校验位核验）· unified social credit code, checksum verified', example: '91370212MA3C4Q1X26' });

const mobile = z
  .string()
  .max(30)
  .transform((v) => normaliseWidth(v).replace(/[\s-]+/g, ''))
  .pipe(z.string().regex(/^1\d{10}$/, 'phone must be an 11-digit mobile number'));

/** What a registration says about the entrepreneur and the company, from staff or from the public form. */
export const entrepreneurFields = z.object({
  name: z.string().trim().min(2).max(30),
  birthDate: isoDay.optional().meta({ description: '出生日期（青年企业家）· birth date' }),
  position: z.string().trim().max(30).default('').meta({ description: '职务，如董事长、总经理 · position in the company' }),
  company: z.string().trim().min(2).max(100),
  creditCode,
  sector: z.enum(sectorCodes),
  districtCode: z.enum(districtCodes).meta({ description: '企业所在区（市）· the company’s district' }),
  size: z.enum(companySizes),
  phone: mobile,
});

export const registerEntrepreneurBody = entrepreneurFields
  .extend({
    orgId: rowId.meta({ description: '负责联系服务的组织 · the organisation in charge' }),
    username: z
      .string()
      .trim()
      .regex(/^[a-zA-Z0-9_.-]{3,32}$/, 'username: 3–32 characters of letters, digits, _ . -')
      .optional()
      .meta({ description: '登录名，默认 qy<编号> · the account’s username, default qy<id>' }),
  })
  .meta({
    examples: [{ name: '李思远', company: '青岛海智无人机科技有限公司', creditCode: '91370212MA3C4Q1X26', sector: 'low_altitude', districtCode: '370212', size: 'small', phone: '13805321234', orgId: 7, position: '总经理' }],
  });
export type RegisterEntrepreneur = z.infer<typeof registerEntrepreneurBody>;

export const publicRegistrationBody = entrepreneurFields.extend({
  consent: z.literal(true).meta({ description: '同意平台为联系服务使用所填信息 · consent to the use of the data for the service' }),
});
export type PublicRegistration = z.infer<typeof publicRegistrationBody>;

export const updateEntrepreneurBody = entrepreneurFields
  .partial()
  .extend({ orgId: rowId.optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type UpdateEntrepreneur = z.infer<typeof updateEntrepreneurBody>;

export const approveBody = z.object({
  orgId: rowId.optional().meta({ description: '转交负责联系服务的组织（须在本人管理范围内）· hand over to an organisation in your scope' }),
  username: registerEntrepreneurBody.shape.username,
});
export const rejectBody = z.object({ reason: z.string().trim().min(2).max(500) });

export const entrepreneurListQuery = z.object({
  q: z.string().trim().max(60).optional().meta({ description: '按姓名、企业名称、信用代码搜索 · name, company or credit code' }),
  status: z.enum(entrepreneurStatuses).optional(),
  sector: z.enum(sectorCodes).optional(),
  districtCode: z.enum(districtCodes).optional(),
  orgId: rowIdParam.optional().meta({ description: '负责组织（含下级）· organisation in charge, with its subtree' }),
  paired: z.enum(['true', 'false']).optional().meta({ description: '是否有结对干部 · has an active pair' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type EntrepreneurListQuery = z.infer<typeof entrepreneurListQuery>;

export const idParams = z.object({ id: rowIdParam });
