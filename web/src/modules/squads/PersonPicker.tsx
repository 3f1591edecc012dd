import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/ui.js';
import { sqText as m } from './messages.js';
import { squadsApi } from './squads.api.js';

/** Pick a person of the caller's scope by name (the people register). */
export function PersonPicker(props: { value?: number; onChange?: (id: number | undefined) => void; testId?: string; id?: string }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () => unwrap(client.GET('/api/v1/people', { params: { query: { q, pageSize: 20 } } })),
    enabled: q.trim().length > 0,
  });
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
      options={(data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.orgName}` }))}
      style={{ width: '100%' }}
      data-testid={props.testId}
    />
  );
}

/** Pick a young cadre who may join this squad (the squad's organisation; the ineligible and those in another squad are shown disabled). */
export function CandidatePicker(props: { squadId: number; value?: number; onChange?: (id: number | undefined) => void; testId?: string; id?: string }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['squads', 'candidates', props.squadId, q],
    queryFn: () => squadsApi.candidates(props.squadId, q),
    enabled: q.trim().length > 0,
  });
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
      options={(data?.items ?? []).map((p) => ({
        value: p.id,
        disabled: !p.eligible || !!p.activeSquad,
        label: `${p.name} · ${p.age}岁 · ${p.unit ?? p.orgName}${p.activeSquad ? ` · ${p.activeSquad.name}` : ''}`,
      }))}
      style={{ width: '100%' }}
      data-testid={props.testId}
    />
  );
}
