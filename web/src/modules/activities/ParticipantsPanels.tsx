import { useState } from 'react';
import { Button, Segmented, Select, Space, Table, Tag } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { actText as m } from './messages.js';
import { activitiesKey, fmtDateTime } from './useActivities.js';
import type { Activity, Attendance, Signup } from './activities.api.js';

const pagination = (t: (x: { zh: string; en: string }, v?: Record<string, number>) => string) => ({
  pageSize: 20,
  showSizeChanger: true,
  hideOnSinglePage: false,
  showTotal: (n: number) => t(common.total, { n }),
});

export function SignupsPanel({ activityId }: { activityId: number }) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState<'all' | 'confirmed' | 'waitlisted'>('all');
  const { data, isFetching } = useQuery({
    queryKey: [...activitiesKey, 'signups', activityId],
    queryFn: () => unwrap(client.GET('/api/v1/activities/{id}/signups', { params: { path: { id: activityId } } })),
  });
  const items = (data?.items ?? []).filter((s) => filter === 'all' || s.status === filter);
  // The waitlist position is the order of sign-up among those waiting.
  const position = new Map((data?.items ?? []).filter((s) => s.status === 'waitlisted').map((s, i) => [s.personId, i + 1]));
  return (
    <>
      <Segmented
        style={{ marginBottom: 12 }}
        value={filter}
        onChange={(v) => setFilter(v as typeof filter)}
        options={[
          { value: 'all', label: lang === 'zh' ? '全部' : 'All' },
          { value: 'confirmed', label: t(m.confirmed) },
          { value: 'waitlisted', label: t(m.waitlisted) },
        ]}
      />
      <Table<Signup>
        rowKey="personId"
        data-testid="activity-signups"
        size="small"
        loading={isFetching}
        dataSource={items}
        locale={{ emptyText: <EmptyState description={t(m.noSignups)} /> }}
        pagination={pagination(t)}
        columns={[
          { title: t(m.person), dataIndex: 'name' },
          { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
          {
            title: t(m.status),
            dataIndex: 'status',
            width: 140,
            render: (s: string, r) => (s === 'confirmed' ? <Tag color="green">{t(m.confirmed)}</Tag> : <Tag color="orange">{`${t(m.waitlisted)} #${position.get(r.personId) ?? ''}`}</Tag>),
          },
          { title: t(m.signupAt), dataIndex: 'createdAt', width: 170, render: (v: string) => fmtDateTime(v, lang) },
        ]}
      />
    </>
  );
}

/** Pick a person from the organiser's scope by name. */
function PersonPicker({ value, onChange }: { value?: number; onChange: (id: number | undefined) => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () => unwrap(client.GET('/api/v1/people', { params: { query: { q, pageSize: 20 } } })),
    enabled: q.trim().length > 0,
  });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      allowClear
      loading={isFetching}
      placeholder={t(m.pickPerson)}
      aria-label={t(m.pickPerson)}
      notFoundContent={q ? <EmptyState /> : null}
      options={(data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.orgName}` }))}
      style={{ width: 320 }}
      data-testid="manual-checkin-person"
    />
  );
}

export function AttendancePanel({ activity, readOnly = false }: { activity: Activity; readOnly?: boolean }) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const [personId, setPersonId] = useState<number | undefined>();
  const { data, isFetching } = useQuery({
    queryKey: [...activitiesKey, 'attendance', activity.id],
    queryFn: () => unwrap(client.GET('/api/v1/activities/{id}/attendance', { params: { path: { id: activity.id } } })),
  });
  const manual = useMutation({
    mutationFn: (pid: number) => unwrap(client.POST('/api/v1/activities/{id}/attendance', { params: { path: { id: activity.id } }, body: { personId: pid } })),
    onSuccess: (r) => {
      showSuccess(t(r.created ? m.checkedIn : m.alreadyIn));
      setPersonId(undefined);
      void qc.invalidateQueries({ queryKey: activitiesKey });
    },
  });
  const method = { qr: t(m.qr), code: t(m.code), manual: t(m.manual) };
  return (
    <>
      {!readOnly && can('activities.checkin') && activity.status === 'published' && (
        <Space wrap style={{ marginBottom: 12 }}>
          <PersonPicker value={personId} onChange={setPersonId} />
          <Button type="primary" icon={<UserAddOutlined />} disabled={!personId} loading={manual.isPending} onClick={() => personId && manual.mutate(personId)}>
            {t(m.manualCheckin)}
          </Button>
        </Space>
      )}
      <Table<Attendance>
        rowKey="personId"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(m.noAttendance)} /> }}
        pagination={pagination(t)}
        data-testid="attendance-table"
        columns={[
          { title: t(m.person), dataIndex: 'name' },
          { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
          { title: t(m.method), dataIndex: 'method', width: 80, render: (v: keyof typeof method) => method[v] ?? v },
          { title: t(m.checkinAt), dataIndex: 'checkedInAt', width: 170, render: (v: string) => fmtDateTime(v, lang) },
          { title: t(m.checkoutAt), dataIndex: 'checkedOutAt', width: 170, render: (v: string | null) => fmtDateTime(v, lang) },
          { title: t(m.hours), dataIndex: 'serviceHours', width: 130, render: (v: string | null) => v ?? '—' },
        ]}
      />
    </>
  );
}
