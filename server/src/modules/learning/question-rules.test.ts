import { describe, expect, it } from 'vitest';
import { canonicalStoredAnswer, contentHash, isCorrect, questionProblem, seededRandom, shuffled } from './question-rules.js';

describe('question rules', () => {
  it('grades choices as sets, judge words, and fill-in ignoring width, case and spaces', () => {
    expect(isCorrect({ type: 'multiple', answer: ['A', 'C'] }, ['c', 'A'])).toBe(true);
    expect(isCorrect({ type: 'multiple', answer: ['A', 'C'] }, ['A'])).toBe(false);
    expect(isCorrect({ type: 'single', answer: ['B'] }, ['Ｂ'])).toBe(true);
    expect(isCorrect({ type: 'judge', answer: ['false'] }, ['错'])).toBe(true);
    expect(isCorrect({ type: 'judge', answer: ['false'] }, [])).toBe(false);
    expect(isCorrect({ type: 'fill', answer: ['CPC', '中国共产党'] }, [' ｃｐｃ '])).toBe(true);
    expect(isCorrect({ type: 'fill', answer: ['CPC'] }, ['CCP'])).toBe(false);
  });

  it('hashes the same question alike across width, punctuation and option order', () => {
    const a = contentHash({ stem: '党的根本宗旨是（ ）？', options: ['全心全意为人民服务', '发展生产力'] });
    expect(contentHash({ stem: '党的根本宗旨是（　）?', options: ['发展生产力', '全心全意为人民服务'] })).toBe(a);
    expect(contentHash({ stem: '党的根本宗旨是', options: ['全心全意为人民服务', '发展经济'] })).not.toBe(a);
  });

  it('names what is wrong with a question', () => {
    expect(questionProblem({ type: 'single', stem: '题', options: ['甲', '乙'], answer: canonicalStoredAnswer('single', ['A', 'B']) })).toContain('单选');
    expect(questionProblem({ type: 'judge', stem: '题', options: [], answer: canonicalStoredAnswer('judge', ['也许']) })).toContain('判断');
    expect(questionProblem({ type: 'fill', stem: '题', options: [], answer: ['答案'] })).toBeNull();
  });

  it('draws reproducibly from a seed', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(shuffled(items, seededRandom(7))).toEqual(shuffled(items, seededRandom(7)));
    expect(shuffled(items, seededRandom(7))).not.toEqual(shuffled(items, seededRandom(8)));
  });
});
