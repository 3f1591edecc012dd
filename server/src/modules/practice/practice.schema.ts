import { bigint, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const projectStatuses = ['open', 'closed'] as const;

/** Practice projects members join, e.g. “沿着产业链看党建”. */
export const practiceProjects = pgTable(
  'practice_projects',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Organiser; members of its subtree may join. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    status: text('status', { enum: projectStatuses }).notNull().default('open'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    memberCount: integer('member_count').notNull().default(0),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('practice_projects_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')), uniqueIndex('practice_projects_title_uq').on(t.orgId, t.title)],
);

export const practiceProjectMembers = pgTable(
  'practice_project_members',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => practiceProjects.id),
    personId: integer('person_id').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('practice_project_members_uq').on(t.projectId, t.personId), index('practice_project_members_person_idx').on(t.personId)],
);

export const reportStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;

/** 来自基层的报告: written by a member, reviewed in the member's organisation line. */
export const practiceReports = pgTable(
  'practice_reports',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    /** The author's branch when the report was created; scope for reviewers and counts. */
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    projectId: integer('project_id').references(() => practiceProjects.id),
    title: text('title').notNull(),
    /** Sanitised HTML. */
    body: text('body').notNull().default(''),
    status: text('status', { enum: reportStatuses }).notNull().default('draft'),
    reviewComment: text('review_comment'),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The content article it was published as. */
    contentId: integer('content_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('practice_reports_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('practice_reports_person_idx').on(t.personId),
    index('practice_reports_status_idx').on(t.status),
  ],
);

/** Attachments; the bytes live under DATA_DIR/uploads/practice/<storage_key>. */
export const practiceAttachments = pgTable(
  'practice_attachments',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => practiceReports.id),
    storageKey: text('storage_key').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    originalName: text('original_name').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('practice_attachments_report_idx').on(t.reportId)],
);
