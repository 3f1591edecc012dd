import { boolean, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const questionTypes = ['single', 'multiple', 'judge', 'fill'] as const;
export type QuestionType = (typeof questionTypes)[number];

/**
 * The question bank. `answer` holds option letters for choice questions ('A', 'C'),
 * 'true' / 'false' for judge questions, and every accepted text for fill-in ones.
 */
export const learningQuestions = pgTable(
  'learning_questions',
  {
    id: serial('id').primaryKey(),
    type: text('type', { enum: questionTypes }).notNull(),
    stem: text('stem').notNull(),
    options: text('options').array().notNull().default([]),
    answer: text('answer').array().notNull(),
    tags: text('tags').array().notNull().default([]),
    difficulty: integer('difficulty').notNull().default(3),
    explanation: text('explanation').notNull().default(''),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** sha1 of the normalised stem and options: the same question typed twice has the same hash. */
    contentHash: text('content_hash').notNull(),
    source: text('source').notNull().default('manual'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('learning_questions_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('learning_questions_tags_idx').using('gin', t.tags),
    uniqueIndex('learning_questions_hash_uq').on(t.orgId, t.contentHash).where(sql`deleted_at IS NULL`),
  ],
);

/** Which tags an organisation's members draw their daily quiz from; the nearest ancestor's row applies. */
export const learningTagAssignments = pgTable('learning_tag_assignments', {
  orgId: integer('org_id').primaryKey(),
  orgPath: text('org_path').notNull(),
  tags: text('tags').array().notNull(),
  updatedBy: integer('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const learningDailyQuizzes = pgTable(
  'learning_daily_quizzes',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    /** Asia/Shanghai calendar day. */
    day: text('day').notNull(),
    questionIds: integer('question_ids').array().notNull(),
    /** The drawn questions that were due reviews (spaced repetition), a subset of question_ids. */
    reviewIds: integer('review_ids').array().notNull().default([]),
    /** Answers so far, one question at a time ({ questionId: answer }); complete once submitted_at is set. */
    answers: jsonb('answers'),
    correct: integer('correct'),
    total: integer('total').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('learning_daily_quizzes_uq').on(t.personId, t.day)],
);

export const examStatuses = ['draft', 'published', 'closed'] as const;
export type ExamStatus = (typeof examStatuses)[number];

/** An exam paper; `sections` are draw rules (tags/difficulty + count) or fixed question ids, each with points. */
export const learningExams = pgTable(
  'learning_exams',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    /** Org paths whose members may sit the exam; empty = the owner's subtree. */
    audiencePaths: text('audience_paths').array().notNull().default([]),
    timeLimitMinutes: integer('time_limit_minutes').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    sections: jsonb('sections').notNull(),
    passScore: numeric('pass_score', { precision: 7, scale: 2 }),
    status: text('status', { enum: examStatuses }).notNull().default('published'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('learning_exams_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops'))],
);

/** One sitting per member: the drawn questions are stored so a reload shows the same paper. */
export const learningExamAttempts = pgTable(
  'learning_exam_attempts',
  {
    id: serial('id').primaryKey(),
    examId: integer('exam_id').notNull().references(() => learningExams.id),
    personId: integer('person_id').notNull(),
    /** [{ questionId, points, section }] in display order. */
    items: jsonb('items').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    autoSubmitted: boolean('auto_submitted').notNull().default(false),
    score: numeric('score', { precision: 7, scale: 2 }),
    totalPoints: numeric('total_points', { precision: 7, scale: 2 }).notNull(),
  },
  (t) => [uniqueIndex('learning_exam_attempts_uq').on(t.examId, t.personId), index('learning_exam_attempts_open_idx').on(t.submittedAt)],
);

export const learningExamAnswers = pgTable(
  'learning_exam_answers',
  {
    attemptId: integer('attempt_id').notNull().references(() => learningExamAttempts.id),
    questionId: integer('question_id').notNull(),
    answer: text('answer').array().notNull(),
    correct: boolean('correct'),
    points: numeric('points', { precision: 7, scale: 2 }),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] }), index('learning_exam_answers_question_idx').on(t.questionId)],
);

/**
 * 挑战答题: one run of questions answered one at a time until the first mistake. `streak` counts the right
 * answers; `question_id` is the question being asked (its answer never leaves the server before it is answered).
 * At most one open run per person (`finished_at` null).
 */
export const learningChallengeRuns = pgTable(
  'learning_challenge_runs',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    questionId: integer('question_id'),
    askedIds: integer('asked_ids').array().notNull().default([]),
    streak: integer('streak').notNull().default(0),
    /** 'wrong' (first mistake), 'cleared' (no question left), 'abandoned' (a new run was started). */
    endReason: text('end_reason'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('learning_challenge_runs_open_uq').on(t.personId).where(sql`finished_at IS NULL`),
    index('learning_challenge_runs_person_idx').on(t.personId, t.streak),
  ],
);

/** Where a question in the book was last missed: 每日答题, 考试, 错题练习, 挑战答题 (free text in the column). */
export const wrongAnswerSources = ['quiz', 'exam', 'practice', 'challenge'] as const;
export type WrongAnswerSource = (typeof wrongAnswerSources)[number];

/** 错题本: a question a person got wrong; two correct practice answers in a row take it out. */
export const learningWrongAnswers = pgTable(
  'learning_wrong_answers',
  {
    personId: integer('person_id').notNull(),
    questionId: integer('question_id').notNull(),
    wrongCount: integer('wrong_count').notNull().default(1),
    correctStreak: integer('correct_streak').notNull().default(0),
    lastAnswer: text('last_answer').array().notNull().default([]),
    source: text('source').$type<WrongAnswerSource>().notNull(),
    firstWrongAt: timestamp('first_wrong_at', { withTimezone: true }).notNull().defaultNow(),
    lastWrongAt: timestamp('last_wrong_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.questionId] })],
);

/**
 * Spaced repetition (FSRS) of a question a person missed: one card per person and question, rated Again when missed
 * anywhere, Good when a due review is answered right in the daily quiz. Field names follow ts-fsrs.
 */
export const learningReviewCards = pgTable(
  'learning_review_cards',
  {
    personId: integer('person_id').notNull(),
    questionId: integer('question_id').notNull(),
    due: timestamp('due', { withTimezone: true }).notNull(),
    stability: doublePrecision('stability').notNull(),
    difficulty: doublePrecision('difficulty').notNull(),
    elapsedDays: integer('elapsed_days').notNull().default(0),
    scheduledDays: integer('scheduled_days').notNull().default(0),
    learningSteps: integer('learning_steps').notNull().default(0),
    reps: integer('reps').notNull().default(0),
    lapses: integer('lapses').notNull().default(0),
    /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
    state: integer('state').notNull().default(0),
    lastReview: timestamp('last_review', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.questionId] }), index('learning_review_cards_due_idx').on(t.personId, t.due)],
);

export const courseKinds = ['required', 'lifelong'] as const;
export type CourseKind = (typeof courseKinds)[number];
export const courseStatuses = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof courseStatuses)[number];

/** A course of lessons: 必修课 (required, assigned with a deadline) or 终身课 (lifelong, open to the owner's subtree). */
export const learningCourses = pgTable(
  'learning_courses',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: courseKinds }).notNull(),
    tags: text('tags').array().notNull().default([]),
    status: text('status', { enum: courseStatuses }).notNull().default('published'),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('learning_courses_org_path_idx').using('btree', t.orgPath.op('text_pattern_ops'))],
);

/** A lesson is a published content item; title and kind are copied so lists need not ask content. */
export const learningCourseLessons = pgTable(
  'learning_course_lessons',
  {
    courseId: integer('course_id').notNull().references(() => learningCourses.id),
    contentId: integer('content_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    contentKind: text('content_kind').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.contentId] }), index('learning_course_lessons_content_idx').on(t.contentId)],
);

/** A required course assigned to an organisation's subtree with a deadline. */
export const learningCourseAssignments = pgTable(
  'learning_course_assignments',
  {
    courseId: integer('course_id').notNull().references(() => learningCourses.id),
    orgId: integer('org_id').notNull(),
    orgPath: text('org_path').notNull(),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    assignedBy: integer('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.orgId] }), index('learning_course_assignments_path_idx').using('btree', t.orgPath.op('text_pattern_ops'))],
);

/** A content item a person finished (read or watched past the threshold); any course containing it counts it. */
export const learningLessonCompletions = pgTable(
  'learning_lesson_completions',
  {
    personId: integer('person_id').notNull(),
    contentId: integer('content_id').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.contentId] })],
);

/** When a person first completed every lesson of a course; the row makes 'learning.course_completed' fire once. */
export const learningCourseCompletions = pgTable(
  'learning_course_completions',
  {
    personId: integer('person_id').notNull(),
    courseId: integer('course_id').notNull().references(() => learningCourses.id),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.courseId] })],
);
