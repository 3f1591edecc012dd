import { useState } from 'react';
import { Breadcrumb, Button, Card, Drawer, Popconfirm, Progress, Select, Space, Statistic, Table, Tabs } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../kernel/api-client.js';
import { showError, showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { fmtDateTime } from '../../activities/useActivities.js';
import { cText as m } from '../messages.js';
import { contentKey } from '../useWorkflow.js';
import { pct } from '../categories.js';

const day = (v: string, lang: string) => new Date(v).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' });

/** Completion of a case under an organisation (drill into child organisations), its assignments, and who has not read it. */
function Completion({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [trail, setTrail] = useState<{ id: number; name: string }[]>([]);
  const [page, setPage] = useState(1);
  const orgId = trail.at(-1)?.id;
  const key = [...contentKey, 'required', id];
  const report = useQuery({ queryKey: [...key, 'completion', orgId], queryFn: () => unwrap(client.GET('/api/v1/content/{id}/completion', { params: { path: { id }, query: { orgId } } })) });
  const assignments = useQuery({ queryKey: [...key, 'assignments'], queryFn: () => unwrap(client.GET('/api/v1/content/{id}/assignments', { params: { path: { id } } })) });
  const unfinished = useQuery({
    queryKey: [...key, 'unfinished', orgId, page],
    queryFn: () => unwrap(client.GET('/api/v1/content/{id}/unfinished', { params: { path: { id }, query: { orgId, page, pageSize: 10 } } })),
    placeholderData: keepPreviousData,
  });
  const withdraw = useMutation({
    mutationFn: (org: number) => unwrap(client.DELETE('/api/v1/content/{id}/assignments/{orgId}', { params: { path: { id, orgId: org } } })),
    onSuccess: () => {
      showSuccess(t(m.unassignedOk));
      void qc.invalidateQueries({ queryKey: contentKey });
    },
    onError: (e) => showError(e),
  });
  const go = (next: typeof trail) => {
    setTrail(next);
    setPage(1);
  };
  const r = report.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Table
        rowKey="orgId"
        size="small"
        loading={assignments.isFetching}
        dataSource={assignments.data?.items ?? []}
        locale={{ emptyText: <EmptyState /> }}
        pagination={false}
        columns={[
          { title: t(m.assignedOrgs), dataIndex: 'orgName' },
          { title: t(m.deadline), dataIndex: 'deadline', width: 110, render: (v: string) => day(new Date(new Date(v).getTime() - 1).toISOString(), lang) },
          { title: t(m.rate), dataIndex: 'rate', width: 150, render: (v: number | null) => <Progress percent={pct(v)} size="small" /> },
          {
            title: t(common.actions),
            key: 'a',
            width: 90,
            render: (_, a) => (
              <Popconfirm title={t(m.unassignConfirm, { org: a.orgName })} onConfirm={() => withdraw.mutate(a.orgId)}>
                <a style={{ color: '#c8161d' }}>{t(m.unassign)}</a>
              </Popconfirm>
            ),
          },
        ]}
        data-testid="assignments-table"
      />
      <Breadcrumb
        items={[
          { title: <a onClick={() => go([])}>{r && trail.length === 0 ? r.org.name : t(m.back)}</a> },
          ...trail.map((o, i) => ({ title: i === trail.length - 1 ? o.name : <a onClick={() => go(trail.slice(0, i + 1))}>{o.name}</a> })),
        ]}
      />
      <Space size="large" wrap>
        <Statistic title={t(m.assignedPeople)} value={r?.total.assigned ?? 0} loading={report.isLoading} />
        <Statistic title={t(m.completedPeople)} value={r?.total.completed ?? 0} />
        <Statistic title={t(m.rate)} value={pct(r?.total.rate ?? null)} suffix="%" data-testid="case-completion-rate" />
      </Space>
      {(r?.children.length ?? 0) > 0 && (
        <Table
          rowKey="orgId"
          size="small"
          dataSource={r?.children ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t(m.org), dataIndex: 'name', render: (v: string, c) => (c.hasChildren ? <a onClick={() => go([...trail, { id: c.orgId, name: c.name }])}>{v}</a> : v) },
            { title: t(m.assignedPeople), dataIndex: 'assigned', width: 90 },
            { title: t(m.completedPeople), dataIndex: 'completed', width: 90 },
            { title: t(m.rate), dataIndex: 'rate', width: 160, render: (v: number | null) => <Progress percent={pct(v)} size="small" /> },
          ]}
        />
      )}
      <Card size="small" title={t(m.unfinished)}>
        <Table
          rowKey="personId"
          size="small"
          loading={unfinished.isFetching}
          dataSource={unfinished.data?.items ?? []}
          locale={{ emptyText: <EmptyState /> }}
          pagination={{ current: page, pageSize: 10, total: unfinished.data?.total ?? 0, onChange: setPage, showTotal: (n) => t(common.total, { n }) }}
          columns={[
            { title: t(m.person), dataIndex: 'name' },
            { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
            { title: t(m.readSeconds), dataIndex: 'seconds', width: 90, render: (s: number) => t(m.learned, { m: Math.floor(s / 60) }) },
          ]}
        />
      </Card>
    </Space>
  );
}

/** The integrity sessions (清廉话剧、清廉书场) that use a case; link one of the caller's scope. */
function Activities({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [picked, setPicked] = useState<number | undefined>();
  const [q, setQ] = useState('');
  const key = [...contentKey, 'required', id, 'activities'];
  const linked = useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/api/v1/content/{id}/activities', { params: { path: { id } } })) });
  const choices = useQuery({
    queryKey: ['activities', 'integrity', q],
    queryFn: () => unwrap(client.GET('/api/v1/activities', { params: { query: { categoryCode: 'integrity', q: q || undefined, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
  const change = useMutation({
    mutationFn: ({ activityId, on }: { activityId: number; on: boolean }) =>
      on
        ? unwrap(client.PUT('/api/v1/content/{id}/activities/{activityId}', { params: { path: { id, activityId } } }))
        : unwrap(client.DELETE('/api/v1/content/{id}/activities/{activityId}', { params: { path: { id, activityId } } })),
    onSuccess: (_, v) => {
      showSuccess(t(v.on ? m.linkedOk : m.unlink));
      setPicked(undefined);
      void qc.invalidateQueries({ queryKey: contentKey });
    },
    onError: (e) => showError(e),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space.Compact style={{ width: '100%' }}>
        <Select
          showSearch
          filterOption={false}
          onSearch={setQ}
          placeholder={t(m.activityId)}
          value={picked}
          onChange={setPicked}
          options={(choices.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.title} · ${fmtDateTime(a.startsAt, lang)}` }))}
          style={{ width: '100%' }}
          data-testid="activity-pick"
        />
        <Button type="primary" disabled={!picked} loading={change.isPending} onClick={() => picked && change.mutate({ activityId: picked, on: true })}>
          {t(m.link)}
        </Button>
      </Space.Compact>
      <Table
        rowKey="activityId"
        size="small"
        loading={linked.isFetching}
        dataSource={linked.data?.items ?? []}
        locale={{ emptyText: <EmptyState /> }}
        pagination={false}
        columns={[
          { title: t(m.linkedActivities), dataIndex: 'title' },
          { title: t(m.startsAt), dataIndex: 'startsAt', width: 170, render: (v: string) => fmtDateTime(v, lang) },
          {
            title: t(common.actions),
            key: 'a',
            width: 90,
            render: (_, a) => (
              <Popconfirm title={t(m.unlinkConfirm, { title: a.title })} onConfirm={() => change.mutate({ activityId: a.activityId, on: false })}>
                <a style={{ color: '#c8161d' }}>{t(m.unlink)}</a>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Space>
  );
}

export function CaseDrawer({ item, tab, onClose }: { item: { id: number; title: string }; tab: 'completion' | 'activities'; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer open title={item.title} width={760} onClose={onClose} destroyOnHidden>
      <Tabs
        defaultActiveKey={tab}
        items={[
          { key: 'completion', label: t(m.completion), children: <Completion id={item.id} /> },
          { key: 'activities', label: t(m.linkedActivities), children: <Activities id={item.id} /> },
        ]}
      />
    </Drawer>
  );
}
