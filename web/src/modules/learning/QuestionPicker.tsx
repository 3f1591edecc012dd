import { useRef, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { useI18n } from '../../kernel/i18n.js';
import { lt, typeLabels } from './messages.js';

const short = (stem: string) => (stem.length > 40 ? `${stem.slice(0, 40)}…` : stem);

/** Questions of the bank picked by their stems (typed words search the stems); the value is their ids. */
export function QuestionPicker({ value, onChange, orgId, id }: { value?: number[]; onChange?: (ids: number[]) => void; orgId?: number; id?: string }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  // Stems of the picked questions, so a pick keeps its label when a new search replaces the options.
  const picked = useRef(new Map<number, string>());
  const { data, isFetching } = useQuery({
    queryKey: ['learning', 'question-pick', orgId, q],
    queryFn: () => unwrap(client.GET('/api/v1/learning/questions', { params: { query: { q: q || undefined, orgId, pageSize: 20 } } })),
  });
  const found = (data?.items ?? []).map((x) => {
    picked.current.set(x.id, short(x.stem));
    return { value: x.id, label: typeLabels[x.type] ? `${short(x.stem)} · ${t(typeLabels[x.type])}` : short(x.stem) };
  });
  const kept = (value ?? []).filter((v) => !found.some((f) => f.value === v)).map((v) => ({ value: v, label: picked.current.get(v) ?? `#${v}` }));
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      loading={isFetching}
      placeholder={t(lt.pickQuestions)}
      aria-label={t(lt.pickQuestions)}
      notFoundContent={<EmptyState />}
      options={[...kept, ...found]}
      style={{ width: '100%', minWidth: 320 }}
      data-testid="question-picker"
    />
  );
}
