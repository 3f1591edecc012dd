import { useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import { communityApi, communityKey } from './community.api.js';
import { cText as m } from './messages.js';
import { withChosen } from './picker-options.js';

interface PickerProps {
  value?: number;
  onChange?: (v: number | undefined) => void;
  id?: string;
  testId?: string;
  placeholder?: string;
}

/** A member found by name (the roster of the caller's organisations). */
export function PersonPicker({ value, onChange, id, testId, placeholder }: PickerProps) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const people = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () => unwrap(client.GET('/api/v1/people', { params: { query: { q: q || undefined, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      placeholder={placeholder ?? t(m.searchPerson)}
      loading={people.isFetching}
      options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.orgName ?? ''}）` }))}
    />
  );
}

/** An account holding the community staff role, found by user name or display name. */
export function StaffAccountPicker({ value, onChange, id, testId }: PickerProps) {
  const [q, setQ] = useState('');
  const accounts = useQuery({
    queryKey: [...communityKey, 'staff-accounts', q],
    queryFn: () => communityApi.staffAccounts(q || undefined),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      loading={accounts.isFetching}
      options={(accounts.data?.items ?? []).map((a) => ({ value: a.accountId, label: `${a.displayName}（${a.username}）` }))}
    />
  );
}

/**
 * A community found by name (one, or several with `multiple`); a member's 报到 form and the organisers' forms use it.
 * `chosen` names the communities already picked (a record being edited), which the search's page may not hold.
 */
export function CommunityPicker({
  value,
  onChange,
  id,
  testId,
  placeholder,
  multiple,
  chosen = [],
}: {
  value?: number | number[];
  onChange?: (v: never) => void;
  id?: string;
  testId?: string;
  placeholder?: string;
  multiple?: boolean;
  chosen?: Array<{ id: number; name: string }>;
}) {
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: [...communityKey, 'pick', q],
    queryFn: () => communityApi.communities({ q: q || undefined, pageSize: 30 }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={id}
      data-testid={testId}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={(v) => onChange?.((v ?? undefined) as never)}
      placeholder={placeholder}
      loading={list.isFetching}
      options={withChosen(
        (list.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.districtName}${c.streetName}）` })),
        chosen.map((c) => ({ value: c.id, label: c.name })),
      )}
      popupMatchSelectWidth={false}
    />
  );
}
