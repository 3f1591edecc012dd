export type QuestionType = 'single' | 'multiple' | 'judge' | 'fill';
export const questionTypes: QuestionType[] = ['single', 'multiple', 'judge', 'fill'];

export interface Question {
  id: number;
  type: QuestionType;
  stem: string;
  options: string[];
  answer: string[];
  tags: string[];
  difficulty: number;
  explanation: string;
  orgId: number;
  orgName: string;
  source: string;
  updatedAt: string;
}

export interface ImportItem {
  index: number;
  line: number | null;
  stem: string;
  type: string | null;
  status: 'imported' | 'skipped';
  reason: 'duplicate' | 'unsupported_type' | 'unsupported_scoring' | 'parse_error' | 'invalid' | null;
  message: string | null;
  messageEn: string | null;
  questionId: number | null;
}
export interface ImportReport {
  mode: 'dry-run' | 'apply';
  format: 'excel' | 'gift' | 'json';
  total: number;
  imported: number;
  skipped: number;
  items: ImportItem[];
}

export interface TagAssignment {
  orgId: number;
  orgName: string;
  tags: string[];
  updatedAt: string;
}

export interface DrawSection {
  title?: string;
  tags?: string[];
  types?: QuestionType[];
  minDifficulty?: number;
  maxDifficulty?: number;
  count?: number;
  questionIds?: number[];
  points: number;
}

export interface Exam {
  id: number;
  title: string;
  description: string;
  orgId: number;
  orgName: string;
  timeLimitMinutes: number;
  opensAt: string | null;
  closesAt: string | null;
  sections: DrawSection[];
  passScore: number | null;
  status: 'draft' | 'published' | 'closed';
  attempts?: number;
}

export interface ExamResult {
  attemptId: number;
  personId: number;
  name: string;
  orgName: string;
  startedAt: string;
  submittedAt: string | null;
  autoSubmitted: boolean;
  score: number | null;
  totalPoints: number;
}

export interface ExamStatistics {
  started: number;
  submitted: number;
  autoSubmitted: number;
  averageScore: number | null;
  maxScore: number | null;
  minScore: number | null;
  questions: { questionId: number; type: QuestionType; stem: string; count: number; answered: number; correct: number; correctRate: number }[];
}

export type CourseKind = 'required' | 'lifelong';
export interface Course {
  id: number;
  title: string;
  description: string;
  kind: CourseKind;
  tags: string[];
  status: 'draft' | 'published' | 'archived';
  orgId: number;
  orgName: string;
  lessonCount: number;
  assignmentCount: number;
  editable: boolean;
  updatedAt: string;
}
export interface CourseDetail extends Course {
  lessons: { contentId: number; title: string; kind: string; position: number }[];
  assignments: { orgId: number; orgName: string; deadline: string; assignedAt: string }[];
}
export interface Completion {
  course: { id: number; title: string };
  org: { id: number; name: string };
  total: { assigned: number; completed: number; rate: number | null };
  children: { orgId: number; name: string; assigned: number; completed: number; rate: number | null; hasChildren: boolean }[];
}
export interface Unfinished {
  personId: number;
  name: string;
  orgName: string;
  done: number;
  total: number;
  deadline: string | null;
}
export interface Candidate {
  id: number;
  kind: string;
  title: string;
  orgName: string;
}

/** Member side. */
export interface MyCourse {
  id: number;
  title: string;
  description: string;
  kind: CourseKind;
  orgName: string;
  total: number;
  done: number;
  progress: number;
  completed: boolean;
  deadline: string | null;
  completedAt: string | null;
}
export interface MyCourseDetail extends MyCourse {
  lessons: { contentId: number; title: string; kind: string; completed: boolean }[];
}

export interface AskedQuestion {
  id: number;
  type: QuestionType;
  stem: string;
  options: string[];
}
export interface ReviewedQuestion extends AskedQuestion {
  yourAnswer: string[];
  correctAnswer: string[];
  correct: boolean;
  explanation: string;
}
export interface DailyQuiz {
  id: number;
  day: string;
  total: number;
  submitted: boolean;
  correct: number | null;
  questions: (AskedQuestion | ReviewedQuestion)[];
}

export interface MyExam {
  id: number;
  title: string;
  description: string;
  timeLimitMinutes: number;
  opensAt: string | null;
  closesAt: string | null;
  status: string;
  attemptId: number | null;
  startedAt: string | null;
  submittedAt: string | null;
  score: number | null;
  totalPoints: number | null;
}
export interface ExamPaper {
  attemptId: number;
  examId: number;
  deadline: string;
  totalPoints: number;
  submitted: boolean;
  remainingSeconds?: number;
  autoSubmitted?: boolean;
  score?: number;
  questions: (AskedQuestion & { points: number; section: number; savedAnswer?: string[] } & Partial<ReviewedQuestion> & { earned?: number })[];
}

export interface WrongEntry {
  id: number;
  type: QuestionType;
  stem: string;
  options: string[];
  correctAnswer: string[];
  yourAnswer: string[];
  explanation: string;
  wrongCount: number;
  correctStreak: number;
  source: string;
}

export const letters = 'ABCDEFGHIJ'.split('');
