import type { Answer, Schema } from '../../kernel/api-client.js';

/** Names for the server's learning schemas that several pages share (all generated from the API document). */
export type QuestionType = Schema<'LearningQuestionType'>;
export type Question = Schema<'LearningQuestion'>;
export type AskedQuestion = Schema<'AskedQuestion'>;
export type ReviewedQuestion = Schema<'ReviewedQuestion'>;
export type DailyQuiz = Schema<'DailyQuiz'>;
export type CourseDetail = Schema<'CourseDetail'>;
export type QuestionTag = Answer<'/api/v1/learning/question-tags', 'get'>['items'][number];
/** Where a question in the wrong-answer book was last missed. */
export type WrongAnswerSource = Answer<'/api/v1/learning/me/wrong-answers', 'get'>['items'][number]['source'];

/** The question types in the order forms offer them. */
export const questionTypes: QuestionType[] = ['single', 'multiple', 'judge', 'fill'];

/** Option letters, A for the first option. */
export const letters = 'ABCDEFGHIJ'.split('');
