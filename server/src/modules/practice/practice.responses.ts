import { z } from 'zod';
import { dayOut, instantOut, itemsOf, pageOf } from '../../kernel/openapi/responses.js';
import { projectStatuses, reportStatuses } from './practice.schema.js';

const id = z.number().int();

/** A practice project as organisers see it (practice.queries.ts projectColumns). */
export const practiceProject = z
  .object({
    id,
    title: z.string(),
    description: z.string(),
    orgId: id,
    orgName: z.string(),
    status: z.enum(projectStatuses),
    startsOn: dayOut.nullable(),
    endsOn: dayOut.nullable(),
    memberCount: z.number().int(),
    reportCount: z.number().int().meta({ description: '已提交过审核的报告数 · reports ever submitted' }),
    createdAt: instantOut,
  })
  .meta({
    id: 'PracticeProject',
    description: '实践项目 · A practice project',
    example: {
      id: 3,
      title: '沿着产业链看党建',
      description: '走访产业链上下游企业，了解党建引领产业发展的做法。',
      orgId: 2,
      orgName: '市直机关工委',
      status: 'open',
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
      memberCount: 12,
      reportCount: 4,
      createdAt: '2026-06-20T02:00:00.000Z',
    },
  });

/** A project a member may join, with whether they have. */
export const memberProject = practiceProject.extend({ joined: z.boolean() }).meta({ id: 'PracticeMemberProject', description: '可参加的实践项目 · A project open to the member' });

export const projectMember = z.object({ personId: id, name: z.string(), orgName: z.string(), joinedAt: instantOut });

export const membershipOut = z.object({
  joined: z.boolean().meta({ description: '请求后是否为成员 · whether the caller is a member now' }),
  changed: z.boolean().meta({ description: '是否有变化（重复参加或退出时为 false）· false when it already was so' }),
});

/** A report in lists (practice.queries.ts reportColumns). */
export const practiceReport = z
  .object({
    id,
    title: z.string(),
    status: z.enum(reportStatuses),
    personId: id,
    authorName: z.string(),
    orgId: id,
    orgName: z.string(),
    projectId: id.nullable(),
    projectTitle: z.string().nullable(),
    reviewComment: z.string().nullable(),
    reviewedAt: instantOut.nullable(),
    submittedAt: instantOut.nullable(),
    approvedAt: instantOut.nullable(),
    contentId: id.nullable().meta({ description: '发布成的文章 · the article it was published as' }),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'PracticeReport', description: '基层报告 · A report from the grassroots' });

export const practiceAttachment = z
  .object({
    id,
    mime: z.string(),
    size: z.number().int().meta({ description: '字节 · bytes' }),
    originalName: z.string(),
    createdAt: instantOut,
    url: z.string().meta({ description: '下载地址 · where to download it' }),
  })
  .meta({ id: 'PracticeAttachment' });

/** A report with its body (sanitised HTML) and attachments. */
export const practiceReportDetail = practiceReport
  .extend({ body: z.string().meta({ description: '正文（已净化的 HTML）· sanitised HTML' }), attachments: z.array(practiceAttachment) })
  .meta({
    id: 'PracticeReportDetail',
    description: '基层报告详情 · A report with its body and attachments',
    example: {
      id: 17,
      title: '来自基层的报告：链上企业走访记',
      status: 'submitted',
      personId: 120,
      authorName: '张伟',
      orgId: 8,
      orgName: '第一党支部',
      projectId: 3,
      projectTitle: '沿着产业链看党建',
      reviewComment: null,
      reviewedAt: null,
      submittedAt: '2026-07-12T08:30:00.000Z',
      approvedAt: null,
      contentId: null,
      createdAt: '2026-07-10T06:00:00.000Z',
      updatedAt: '2026-07-12T08:30:00.000Z',
      body: '<p>我们沿着产业链走访了三家链上企业……</p>',
      attachments: [{ id: 5, mime: 'image/jpeg', size: 183204, originalName: '现场照片.jpg', createdAt: '2026-07-10T06:05:00.000Z', url: '/api/v1/practice/reports/17/attachments/5' }],
    },
  });

/** What an upload answers (no createdAt: the row was just written). */
export const attachmentCreated = practiceAttachment.omit({ createdAt: true });

export const publishOut = z.object({ id, contentId: id.meta({ description: '新文章 · the new article' }), ownerOrgId: id });

const orgCount = z.object({ orgId: id, orgName: z.string(), submitted: z.number().int(), approved: z.number().int() }).meta({ id: 'PracticeOrgCount' });

export const statsOut = z
  .object({ total: orgCount, children: z.array(orgCount) })
  .meta({
    description: '所选组织及其下一级组织的报告数 · counts of the organisation and of each one directly under it',
    example: {
      total: { orgId: 1, orgName: '团市委', submitted: 42, approved: 30 },
      children: [
        { orgId: 2, orgName: '市直机关工委', submitted: 25, approved: 18 },
        { orgId: 3, orgName: '市南区', submitted: 17, approved: 12 },
      ],
    },
  });

export const projectPage = pageOf(practiceProject);
export const memberProjectPage = pageOf(memberProject);
export const reportPage = pageOf(practiceReport);
export const projectMembers = itemsOf(projectMember);

/** Row types of the queries behind these answers. */
export type ProjectOut = z.input<typeof practiceProject>;
export type MemberProjectOut = z.input<typeof memberProject>;
export type ProjectMemberOut = z.input<typeof projectMember>;
export type ReportOut = z.input<typeof practiceReport>;
export type ReportDetailOut = z.input<typeof practiceReportDetail>;
export type AttachmentOut = z.input<typeof practiceAttachment>;
export type OrgCountOut = z.input<typeof orgCount>;
