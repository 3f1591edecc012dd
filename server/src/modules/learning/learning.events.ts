declare module '../../kernel/events.js' {
  interface DomainEvents {
    'learning.daily_quiz_completed': { personId: number; quizId: number; correct: number; total: number; day: string };
    'learning.exam_submitted': { personId: number; examId: number; attemptId: number; score: number; totalPoints: number; auto: boolean };
    /** A 挑战答题 run ended (first mistake, bank cleared, or replaced by a new run); `streak` = questions right in a row. */
    'learning.challenge_finished': { personId: number; runId: number; streak: number; reason: 'wrong' | 'cleared' | 'abandoned' };
    /** Every lesson of a course done; once per person and course. */
    'learning.course_completed': { personId: number; courseId: number; kind: 'required' | 'lifelong' };
  }
}
export {};
