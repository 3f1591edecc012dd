import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { sqText as m } from './messages.js';
import { squadsApi } from './squads.api.js';

type PickerProps = { value?: number; onChange?: (id: number | undefined) => void; testId?: string; id?: string };
type Option = { value: number; label: string; disabled?: boolean };

/** A person picked by typing a name: the options come from `search` once something is typed. */
function PersonSearch<T>(props: PickerProps & { queryKey: unknown[]; search: (q: string) => Promise<{ items: T[] }>; option: (item: T) => Option }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({ queryKey: [...props.queryKey, q], queryFn: () => props.search(q), enabled: q.trim().length > 0 });
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value}
      onChange={props.onChange}
      allowClear
      loading={isFetching}
      placeholder={t(m.pickPerson)}
      aria-label={t(m.pickPerson)}
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

/** Pick a young cadre who may join this squad (the squad's organisation; the ineligible and those in another squad are shown disabled). */
export function CandidatePicker(props: PickerProps & { squadId: number }) {
  const { squadId, ...rest } = props;
  return (
    <PersonSearch
      {...rest}
      queryKey={['squads', 'candidates', squadId]}
      search={(q) => squadsApi.candidates(squadId, q)}
      option={(p) => ({
        value: p.id,
        disabled: !p.eligible || !!p.activeSquad,
        label: `${p.name} · ${p.age}岁 · ${p.unit ?? p.orgName}${p.activeSquad ? ` · ${p.activeSquad.name}` : ''}`,
      })}
    />
  );
}
