import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import type { QuestionTag } from './learning.api-types.js';

/** Tags in the bank with their question counts (filters, tag pickers). */
export function useQuestionTags() {
  return useQuery({
    queryKey: ['learning', 'question-tags'],
    queryFn: async () => (await unwrap(client.GET('/api/v1/learning/question-tags'))).items,
    staleTime: 30_000,
  });
}

export const tagOptions = (tags: QuestionTag[] | undefined) => (tags ?? []).map((x) => ({ value: x.tag, label: `${x.tag}（${x.count}）` }));
