import { useState } from 'react';
import { Button, InputNumber, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { modal, showError, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { m, ruleNames } from './messages.js';
import { NewRuleDialog } from './NewRuleDialog.js';

type PointsRule = Answer<'/api/v1/points/rules', 'get'>['items'][number];

type Draft = Pick<PointsRule, 'points' | 'dailyCap' | 'active'>;

export default function PointsRulesPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<{ code: string; draft: Draft } | null>(null);
  const [creating, setCreating] = useState(false);
  const writable = can('points_rules.write');
  const { data, isLoading } = useQuery({ queryKey: ['points', 'rules'], queryFn: async () => (await unwrap(client.GET('/api/v1/points/rules'))).items });
  // The events and their labels come from the modules that award them (GET /points/events).
  const events = useQuery({ queryKey: ['points', 'events'], queryFn: async () => (await unwrap(client.GET('/api/v1/points/events'))).items }).data ?? [];
  const eventLabel = new Map(events.map((e) => [e.event, e.label[lang]]));

  const save = useMutation({
    mutationFn: (v: { code: string; draft: Draft }) => unwrap(client.PUT('/api/v1/points/rules/{code}', { params: { path: { code: v.code } }, body: v.draft })),
    onSuccess: () => {
      showSuccess(t(common.saved));
      setEditing(null);
      void qc.invalidateQueries({ queryKey: ['points', 'rules'] });
    },
    onError: showError,
  });

  const isEditing = (r: PointsRule) => editing?.code === r.code;
  const setDraft = (patch: Partial<Draft>) => setEditing((e) => (e ? { ...e, draft: { ...e.draft, ...patch } } : e));

  const columns: TableProps<PointsRule>['columns'] = [
    { title: t(m.name), dataIndex: 'name', width: 200, render: (v: string, r) => (lang === 'zh' ? v : (ruleNames[r.code]?.en ?? v)) },
    { title: t(m.event), dataIndex: 'eventType', width: 240, render: (v: string) => <Typography.Text type="secondary">{eventLabel.get(v) ?? v}</Typography.Text> },
    {
      title: t(m.points),
      dataIndex: 'points',
      width: 120,
      render: (v: number, r) => (isEditing(r) ? <InputNumber min={-1000} max={1000} precision={0} value={editing!.draft.points} onChange={(n) => setDraft({ points: n ?? 0 })} /> : <strong>{v}</strong>),
    },
    {
      title: t(m.dailyCap),
      dataIndex: 'dailyCap',
      width: 140,
      render: (v: number | null, r) =>
        isEditing(r) ? (
          <InputNumber min={1} max={10000} precision={0} placeholder={t(m.noCap)} value={editing!.draft.dailyCap} onChange={(n) => setDraft({ dailyCap: n ?? null })} />
        ) : (
          (v ?? t(m.noCap))
        ),
    },
    {
      title: t(m.active),
      dataIndex: 'active',
      width: 90,
      render: (v: boolean, r) => (isEditing(r) ? <Switch checked={editing!.draft.active} onChange={(a) => setDraft({ active: a })} /> : <Tag color={v ? 'success' : 'default'}>{v ? t(common.yes) : t(common.no)}</Tag>),
    },
    { title: t(m.note), dataIndex: 'note', ellipsis: true },
  ];
  if (writable) {
    columns.push({
      title: t(common.actions),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, r) =>
        isEditing(r) ? (
          <Space size={4}>
            <Button type="primary" size="small" loading={save.isPending} onClick={() => save.mutate(editing!)}>
              {t(common.save)}
            </Button>
            <Button size="small" onClick={() => setEditing(null)}>
              {t(common.cancel)}
            </Button>
          </Space>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" icon={<EditOutlined />} disabled={!!editing} onClick={() => setEditing({ code: r.code, draft: { points: r.points, dailyCap: r.dailyCap, active: r.active } })}>
              {t(common.edit)}
            </Button>
            {r.active ? (
              <Button
                type="link"
                size="small"
                danger
                disabled={!!editing}
                data-testid={`rule-deactivate-${r.code}`}
                onClick={() =>
                  modal()?.confirm({
                    title: t(common.confirm),
                    content: t(m.deactivateConfirm, { name: lang === 'zh' ? r.name : (ruleNames[r.code]?.en ?? r.name) }),
                    okButtonProps: { danger: true },
                    okText: t(m.deactivate),
                    cancelText: t(common.cancel),
                    onOk: () => save.mutateAsync({ code: r.code, draft: { points: r.points, dailyCap: r.dailyCap, active: false } }),
                  })
                }
              >
                {t(m.deactivate)}
              </Button>
            ) : (
              <Button type="link" size="small" disabled={!!editing} data-testid={`rule-activate-${r.code}`} onClick={() => save.mutate({ code: r.code, draft: { points: r.points, dailyCap: r.dailyCap, active: true } })}>
                {t(m.activate)}
              </Button>
            )}
          </Space>
        ),
    });
  }

  return (
    <PageContainer
      title={t(m.title)}
      subTitle={t(m.sub)}
      extra={
        writable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="rule-new">
            {t(m.create)}
          </Button>
        )
      }
    >
      {creating && <NewRuleDialog events={events} onClose={() => setCreating(false)} />}
      <Table<PointsRule> rowKey="code" size="middle" columns={columns} dataSource={data ?? []} loading={isLoading} pagination={false} scroll={{ x: 1100 }} locale={{ emptyText: <EmptyState /> }} />
    </PageContainer>
  );
}
