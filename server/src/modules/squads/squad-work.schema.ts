import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, primaryKey, serial, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { squads } from './squads.schema.js';

/** open → submitted → accepted | returned; returned → submitted (again). */
export const taskStatuses = ['open', 'submitted', 'accepted', 'returned'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** Hard tasks (攻坚任务) of a squad, accepted or returned by the supervising organisation. */
export const squadTasks = pgTable(
  'squad_tasks',
  {
    id: serial('id').primaryKey(),
    squadId: integer('squad_id')
      .notNull()
      .references(() => squads.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** 1 normal, 2 hard, 3 very hard: the weight of the task in 比担当. */
    difficulty: smallint('difficulty').notNull().default(1),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: taskStatuses }).notNull().default('open'),
    submittedBy: integer('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    returnedBy: integer('returned_by'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    acceptedBy: integer('accepted_by'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** When the work was done: the submission that was accepted. */
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** Set on acceptance: done_at's date in Asia/Shanghai ≤ due_on. */
    onTime: boolean('on_time'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('squad_tasks_squad_idx').on(t.squadId, t.status),
    index('squad_tasks_due_idx').on(t.dueOn),
    check('squad_tasks_difficulty_ck', sql`${t.difficulty} BETWEEN 1 AND 3`),
    check('squad_tasks_returned_ck', sql`${t.status} <> 'returned' OR ${t.returnReason} IS NOT NULL`),
    check('squad_tasks_accepted_ck', sql`(${t.status} = 'accepted') = (${t.acceptedAt} IS NOT NULL AND ${t.doneAt} IS NOT NULL AND ${t.onTime} IS NOT NULL)`),
  ],
);

/** Owners of a task: members of the squad. */
export const squadTaskOwners = pgTable(
  'squad_task_owners',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => squadTasks.id),
    personId: integer('person_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.personId] }), index('squad_task_owners_person_idx').on(t.personId)],
);

/** open → done (by a member, with evidence); done → open when the organisation reopens it. */
export const milestoneStatuses = ['open', 'done'] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

export const squadMilestones = pgTable(
  'squad_milestones',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => squadTasks.id),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: milestoneStatuses }).notNull().default('open'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: integer('done_by'),
    /** Set when done: done_at's date in Asia/Shanghai ≤ due_on. */
    onTime: boolean('on_time'),
    /** The overdue notice to the leader was sent (once per milestone). */
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('squad_milestones_task_idx').on(t.taskId, t.seq),
    index('squad_milestones_open_due_idx').on(t.dueOn).where(sql`status = 'open'`),
    check('squad_milestones_done_ck', sql`(${t.status} = 'done') = (${t.doneAt} IS NOT NULL AND ${t.onTime} IS NOT NULL)`),
  ],
);

export const innovationKinds = ['method', 'tool', 'policy'] as const;
export type InnovationKind = (typeof innovationKinds)[number];
/** submitted → accepted | declined (with a reason). Accepted items count in 比创新. */
export const innovationStatuses = ['submitted', 'accepted', 'declined'] as const;
export type InnovationStatus = (typeof innovationStatuses)[number];

/** Innovation items (比创新): a method, a tool or a policy proposal. */
export const squadInnovations = pgTable(
  'squad_innovations',
  {
    id: serial('id').primaryKey(),
    squadId: integer('squad_id')
      .notNull()
      .references(() => squads.id),
    kind: text('kind', { enum: innovationKinds }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: innovationStatuses }).notNull().default('submitted'),
    submittedBy: integer('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: integer('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    index('squad_innovations_squad_idx').on(t.squadId, t.status),
    index('squad_innovations_decided_idx').on(t.decidedAt),
    check('squad_innovations_decided_ck', sql`(${t.status} = 'submitted') = (${t.decidedAt} IS NULL)`),
    check('squad_innovations_declined_ck', sql`${t.status} <> 'declined' OR ${t.decisionReason} IS NOT NULL`),
  ],
);

/**
 * Evidence files (photos, documents) of a task, a milestone or an innovation — exactly one of them.
 * The bytes live under DATA_DIR/uploads/squads (kernel/files/stored-keys: key 'squads/<hex>').
 */
export const squadEvidence = pgTable(
  'squad_evidence',
  {
    id: serial('id').primaryKey(),
    squadId: integer('squad_id')
      .notNull()
      .references(() => squads.id),
    taskId: integer('task_id').references(() => squadTasks.id),
    milestoneId: integer('milestone_id').references(() => squadMilestones.id),
    innovationId: integer('innovation_id').references(() => squadInnovations.id),
    fileKey: text('file_key').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    originalName: text('original_name').notNull().default(''),
    caption: text('caption').notNull().default(''),
    uploadedBy: integer('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('squad_evidence_squad_idx').on(t.squadId),
    index('squad_evidence_task_idx').on(t.taskId),
    index('squad_evidence_milestone_idx').on(t.milestoneId),
    index('squad_evidence_innovation_idx').on(t.innovationId),
    check('squad_evidence_owner_ck', sql`num_nonnulls(${t.taskId}, ${t.milestoneId}, ${t.innovationId}) = 1`),
  ],
);
