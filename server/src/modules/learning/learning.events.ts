declare module '../../kernel/events.js' {
  interface DomainEvents {
    'learning.daily_quiz_completed': { personId: number; quizId: number; correct: number; total: number; day: string };
    'learning.exam_submitted': { personId: number; examId: number; attemptId: number; score: number; totalPoints: number; auto: boolean };
    /** Every lesson of a course done; once per person and course. */
    'learning.course_completed': { personId: number; courseId: number; kind: 'required' | 'lifelong' };
  }
}
export {};
