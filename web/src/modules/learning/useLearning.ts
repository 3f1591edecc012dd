import { useQuery } from '@tanstack/react-query';
import { api } from '../../kernel/api.js';

/** Tags in the bank with their question counts (filters, tag pickers). */
export function useQuestionTags() {
  return useQuery({
    queryKey: ['learning', 'question-tags'],
    queryFn: async () => (await api.get<{ items: { tag: string; count: number }[] }>('/learning/question-tags')).items,
    staleTime: 30_000,
  });
}

export const tagOptions = (tags: { tag: string; count: number }[] | undefined) => (tags ?? []).map((x) => ({ value: x.tag, label: `${x.tag}（${x.count}）` }));
