import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from './api-client.js';
import { useI18n } from './i18n.js';
import { EmptyState } from './EmptyState.js';

export type PickerProps = { value?: number; onChange?: (id: number | undefined) => void; testId?: string; id?: string; placeholder?: string };
type Option = { value: number; label: string; disabled?: boolean };

const pickPerson = { zh: '输入姓名查找', en: 'Type a name' };

/** A row picked by typing: the options come from `search` once something is typed. */
export function PersonSearch<T>(props: PickerProps & { queryKey: unknown[]; search: (q: string) => Promise<{ items: T[] }>; option: (item: T) => Option }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({ queryKey: [...props.queryKey, q], queryFn: () => props.search(q), enabled: q.trim().length > 0 });
  const placeholder = props.placeholder ?? t(pickPerson);
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value}
      onChange={props.onChange}
      allowClear
      loading={isFetching}
      placeholder={placeholder}
      aria-label={placeholder}
      notFoundContent={q ? <EmptyState /> : null}
      options={(data?.items ?? []).map(props.option)}
      style={{ width: '100%' }}
      data-testid={props.testId}
    />
  );
}

/** Pick a person of the caller's scope by name (the people register). */
export function PersonPicker(props: PickerProps) {
  return (
    <PersonSearch
      {...props}
      queryKey={['people', 'pick']}
      search={(q) => unwrap(client.GET('/api/v1/people', { params: { query: { q, pageSize: 20 } } }))}
      option={(p) => ({ value: p.id, label: `${p.name} · ${p.orgName}` })}
    />
  );
}
