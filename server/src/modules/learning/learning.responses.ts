import { z } from 'zod';
import { dayOut, instantOut, itemsOf, originOut, pageOf } from '../../kernel/openapi/responses.js';
import { courseKinds, courseStatuses, examStatuses, questionTypes, wrongAnswerSources } from './learning.schema.js';

/** What the learning routes answer (the serializer checks every answer against these and drops what they do not name). */

const questionType = z.enum(questionTypes).meta({ id: 'LearningQuestionType' });
const letters = z.array(z.string());

// ── Question bank ────────────────────────────────────────────────────────────

export const questionOut = z
  .object({
    id: z.number().int(),
    type: questionType,
    stem: z.string(),
    options: z.array(z.string()),
    /** Option letters for choices, 'true'/'false' for judge, every accepted text for fill-in. */
    answer: letters,
    tags: z.array(z.string()),
    difficulty: z.number().int(),
    explanation: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    source: z.string(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({
    id: 'LearningQuestion',
    description: '题库中的题目（含答案，仅管理员可见） · A bank question, with its answer (admins only)',
    example: {
      id: 101,
      type: 'single',
      stem: '中国共产主义青年团成立于哪一年？',
      options: ['1919', '1921', '1922', '1949'],
      answer: ['C'],
      tags: ['团史'],
      difficulty: 2,
      explanation: '1922 年 5 月，中国社会主义青年团第一次全国代表大会在广州召开。',
      orgId: 1,
      orgName: '青岛市团委',
      source: 'manual',
      createdAt: '2026-03-01T02:00:00.000Z',
      updatedAt: '2026-03-01T02:00:00.000Z',
    },
  });

export const questionPage = pageOf(questionOut);
export const questionTagsOut = itemsOf(z.object({ tag: z.string(), count: z.number().int() }));
export const tagAssignmentsOut = itemsOf(z.object({ orgId: z.number().int(), orgName: z.string(), tags: z.array(z.string()), updatedAt: instantOut }));

// ── What members see ─────────────────────────────────────────────────────────

const askedFields = { id: z.number().int(), type: questionType, stem: z.string(), options: z.array(z.string()) };
/** A question before it is answered: never its answer or explanation. */
export const askedQuestion = z.object(askedFields).meta({ id: 'AskedQuestion', description: '待作答的题目（不含答案） · A question to answer, without its answer' });
const reviewedFields = { ...askedFields, yourAnswer: letters, correctAnswer: letters, correct: z.boolean(), explanation: z.string() };
/** A question once answered: the member's answer beside the right one. */
export const reviewedQuestion = z.object(reviewedFields).meta({ id: 'ReviewedQuestion', description: '已作答的题目（含正确答案与解析） · An answered question with the right answer and explanation' });

const quizBase = {
  id: z.number().int(),
  day: dayOut,
  total: z.number().int(),
  /** The questions that are due reviews of earlier mistakes (spaced repetition). */
  reviewIds: z.array(z.number().int()),
};
export const dailyQuizOut = z
  .discriminatedUnion('submitted', [
    // `correct` (the score) exists only once submitted; `answered` holds the questions answered so far, with their verdicts
    z.object({ ...quizBase, submitted: z.literal(false), questions: z.array(askedQuestion), answered: z.array(reviewedQuestion) }),
    z.object({ ...quizBase, submitted: z.literal(true), correct: z.number().int(), questions: z.array(reviewedQuestion) }),
  ])
  .meta({
    id: 'DailyQuiz',
    description: '今日答题：提交前不含答案，提交后含答案与解析 · Today’s quiz: no answers before it is submitted, answers and explanations after',
    example: {
      id: 12,
      day: '2026-03-02',
      total: 2,
      reviewIds: [102],
      submitted: false,
      questions: [
        { id: 101, type: 'single', stem: '中国共产主义青年团成立于哪一年？', options: ['1919', '1921', '1922', '1949'] },
        { id: 102, type: 'judge', stem: '共青团是中国共产党领导的先进青年的群团组织。', options: [] },
      ],
      answered: [],
    },
  });

/** One answer of the daily quiz: its verdict and explanation at once, and the quiz as it now stands. */
export const quizAnswerOut = z
  .object({ result: reviewedQuestion, finished: z.boolean(), quiz: dailyQuizOut })
  .meta({ id: 'DailyQuizAnswer', description: '每日答题单题作答结果（对错、正确答案与解析） · One daily-quiz answer: verdict, right answer and explanation' });

/** Spaced repetition: how many missed questions are due for review today. */
export const reviewsDueOut = z.object({ day: dayOut, due: z.number().int() }).meta({ id: 'ReviewsDue', description: '今日到期复习的题数 · Reviews due today' });

export const wrongAnswerPage = pageOf(
  z.object({
    ...reviewedFields,
    tags: z.array(z.string()),
    wrongCount: z.number().int(),
    correctStreak: z.number().int(),
    source: z.enum(wrongAnswerSources).meta({ description: '最近一次答错的来源：每日答题、考试、错题练习、挑战答题 · where it was last missed' }),
    lastWrongAt: instantOut,
  }).omit({ correct: true }),
);
export const practiceSetOut = itemsOf(askedQuestion);
export const practiceResultOut = z.object({ ...reviewedFields, streak: z.number().int(), removed: z.boolean() });

const challengeRunOut = z
  .object({
    id: z.number().int(),
    streak: z.number().int(),
    finished: z.boolean(),
    endReason: z.enum(['wrong', 'cleared', 'abandoned']).nullable(),
    startedAt: instantOut,
    /** The question to answer now (open runs only), never with its answer. */
    question: askedQuestion.nullable(),
  })
  .meta({ id: 'ChallengeRun', description: '一轮挑战答题：连续答对题数与当前题目（不含答案） · A challenge run: its streak and the question to answer, without the answer' });
export const challengeStateOut = z.object({ best: z.number().int(), run: challengeRunOut.nullable() });
export const challengeAnswerOut = z.object({ answered: reviewedQuestion, best: z.number().int(), run: challengeRunOut });

// ── Exams ────────────────────────────────────────────────────────────────────

/** A section as stored: fixed question ids, or a draw rule. */
const examSectionOut = z
  .union([
    z.object({ title: z.string(), questionIds: z.array(z.number().int()), points: z.number() }),
    z.object({
      title: z.string(),
      tags: z.array(z.string()),
      types: z.array(questionType),
      minDifficulty: z.number().int(),
      maxDifficulty: z.number().int(),
      count: z.number().int(),
      points: z.number(),
    }),
  ])
  .meta({ id: 'ExamSection' });

export const examOut = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    timeLimitMinutes: z.number().int(),
    opensAt: instantOut.nullable(),
    closesAt: instantOut.nullable(),
    sections: z.array(examSectionOut),
    passScore: z.number().nullable(),
    status: z.enum(examStatuses),
    createdAt: instantOut,
    origin: originOut,
  })
  .meta({ id: 'LearningExam' });
export const examPage = pageOf(examOut.extend({ attempts: z.number().int() }));

export const examResultsOut = itemsOf(
  z.object({
    attemptId: z.number().int(),
    personId: z.number().int(),
    name: z.string(),
    orgName: z.string(),
    startedAt: instantOut,
    submittedAt: instantOut.nullable(),
    autoSubmitted: z.boolean(),
    score: z.number().nullable(),
    totalPoints: z.number(),
    /** Score reached the pass mark; null while unsubmitted or without a pass mark. */
    passed: z.boolean().nullable(),
  }),
);

export const notTakenPage = pageOf(z.object({ personId: z.number().int(), name: z.string(), orgName: z.string() }));

export const poolSizeOut = z.object({ available: z.number().int().describe('可抽取的题目数 · questions the section can draw from') });

export const examStatisticsOut = z.object({
  started: z.number().int(),
  submitted: z.number().int(),
  autoSubmitted: z.number().int(),
  averageScore: z.number().nullable(),
  maxScore: z.number().nullable(),
  minScore: z.number().nullable(),
  /** Submitted papers that reached the pass mark; null when the exam has no pass mark. */
  passed: z.number().int().nullable(),
  /** People in scope who may sit the exam and have not started it. */
  notTaken: z.number().int(),
  questions: z.array(
    z.object({
      questionId: z.number().int(),
      type: questionType,
      stem: z.string(),
      count: z.number().int(),
      answered: z.number().int(),
      correct: z.number().int(),
      correctRate: z.number(),
    }),
  ),
});

export const myExamsOut = itemsOf(
  z.object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    timeLimitMinutes: z.number().int(),
    opensAt: instantOut.nullable(),
    closesAt: instantOut.nullable(),
    status: z.enum(examStatuses),
    attemptId: z.number().int().nullable(),
    startedAt: instantOut.nullable(),
    submittedAt: instantOut.nullable(),
    score: z.number().nullable(),
    totalPoints: z.number().nullable(),
    passScore: z.number().nullable(),
    passed: z.boolean().nullable(),
  }).meta({ id: 'MyExam' }),
);

const paperItem = { points: z.number(), section: z.number().int() };
const paperBase = { attemptId: z.number().int(), examId: z.number().int(), startedAt: instantOut, deadline: instantOut, totalPoints: z.number() };
/** A running paper shows no answers; a submitted one shows answers, explanations and the score. */
export const examPaperOut = z
  .discriminatedUnion('submitted', [
    z.object({
      ...paperBase,
      submitted: z.literal(false),
      remainingSeconds: z.number().int(),
      questions: z.array(z.object({ ...askedFields, ...paperItem, savedAnswer: letters })),
    }),
    z.object({
      ...paperBase,
      submitted: z.literal(true),
      submittedAt: instantOut,
      autoSubmitted: z.boolean(),
      score: z.number(),
      passScore: z.number().nullable(),
      /** Score reached the pass mark; null when the exam has no pass mark. */
      passed: z.boolean().nullable(),
      questions: z.array(z.object({ ...reviewedFields, ...paperItem, earned: z.number() })),
    }),
  ])
  .meta({
    id: 'ExamPaper',
    description: '答卷：进行中不含答案，交卷后含答案、解析与得分 · A paper: no answers while running; answers, explanations and score once submitted',
    example: {
      attemptId: 7,
      examId: 3,
      startedAt: '2026-03-02T01:00:00.000Z',
      deadline: '2026-03-02T01:30:00.000Z',
      totalPoints: 20,
      submitted: false,
      remainingSeconds: 1795,
      questions: [
        { id: 101, type: 'single', stem: '中国共产主义青年团成立于哪一年？', options: ['1919', '1921', '1922', '1949'], points: 10, section: 0, savedAnswer: [] },
        { id: 103, type: 'fill', stem: '共青团的基层组织是团的____。', options: [], points: 10, section: 0, savedAnswer: ['支部'] },
      ],
    },
  });

// ── Courses ──────────────────────────────────────────────────────────────────

export const courseOut = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    kind: z.enum(courseKinds),
    tags: z.array(z.string()),
    status: z.enum(courseStatuses),
    orgId: z.number().int(),
    orgName: z.string(),
    createdAt: instantOut,
    updatedAt: instantOut,
    lessonCount: z.number().int(),
    assignmentCount: z.number().int(),
    /** False for a course of a higher organisation: it may be assigned, not changed. */
    editable: z.boolean(),
  })
  .meta({ id: 'LearningCourse' });
export const coursePage = pageOf(courseOut);
export const courseDetailOut = courseOut
  .extend({
    lessons: z.array(z.object({ contentId: z.number().int(), title: z.string(), kind: z.string(), position: z.number().int() })),
    assignments: z.array(z.object({ orgId: z.number().int(), orgName: z.string(), deadline: instantOut, assignedAt: instantOut })),
  })
  .meta({ id: 'CourseDetail' });

export const lessonCandidatePage = pageOf(
  z.object({ id: z.number().int(), kind: z.string(), title: z.string(), orgName: z.string(), publishedAt: instantOut.nullable() }),
);

const tally = { assigned: z.number().int(), completed: z.number().int(), rate: z.number().nullable() };
export const courseCompletionOut = z.object({
  course: z.object({ id: z.number().int(), title: z.string() }),
  org: z.object({ id: z.number().int(), name: z.string() }),
  total: z.object(tally),
  children: z.array(z.object({ orgId: z.number().int(), name: z.string(), ...tally, hasChildren: z.boolean() })),
});

export const unfinishedPage = pageOf(
  z.object({ personId: z.number().int(), name: z.string(), orgName: z.string(), done: z.number().int(), total: z.number().int(), deadline: instantOut }),
);

export const myCourseOut = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    kind: z.enum(courseKinds),
    tags: z.array(z.string()),
    orgName: z.string(),
    total: z.number().int(),
    done: z.number().int(),
    /** Percent of lessons done, 0–100. */
    progress: z.number().int(),
    completed: z.boolean(),
    deadline: instantOut.nullable(),
    completedAt: instantOut.nullable(),
  })
  .meta({ id: 'MyCourse' });
export const myCoursePage = pageOf(myCourseOut);
export const myCourseDetailOut = myCourseOut
  .extend({ lessons: z.array(z.object({ contentId: z.number().int(), title: z.string(), kind: z.string(), completedAt: instantOut.nullable(), completed: z.boolean() })) })
  .meta({ id: 'MyCourseDetail' });
