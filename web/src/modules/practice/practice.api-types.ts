import type { Answer, Schema } from '../../kernel/api-client.js';

/** The practice answers the pages share, by name, from the generated API types. */
export type Project = Schema<'PracticeProject'>;
export type MemberProject = Schema<'PracticeMemberProject'>;
export type ProjectMember = Answer<'/api/v1/practice/projects/{id}/members', 'get'>['items'][number];
export type Report = Schema<'PracticeReport'>;
export type ReportStatus = Report['status'];
export type ReportDetail = Schema<'PracticeReportDetail'>;
export type Attachment = Schema<'PracticeAttachment'>;
export type OrgCount = Schema<'PracticeOrgCount'>;
