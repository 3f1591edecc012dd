import { useState } from 'react';
import { AutoComplete, Button, Col, DatePicker, Input, Row, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { common, useI18n, type Text } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';

type AuditItem = Answer<'/api/v1/audit', 'get'>['items'][number];

const m = {
  title: { zh: '操作日志', en: 'Audit log' },
  sub: { zh: '谁在什么时候、从哪里做了什么；查看完整个人信息也会留痕。', en: 'Who did what, when and from where; viewing full personal records is logged too.' },
  text: { zh: '关键字（摘要、对象编号）', en: 'Text (summary, record id)' },
  action: { zh: '动作（如 auth、people.read_full）', en: 'Action (e.g. auth, people.read_full)' },
  actor: { zh: '操作人用户名', en: 'Actor username' },
  at: { zh: '时间', en: 'Time' },
  who: { zh: '操作人', en: 'Actor' },
  what: { zh: '动作', en: 'Action' },
  entity: { zh: '对象', en: 'Record' },
  summary: { zh: '摘要', en: 'Summary' },
  ip: { zh: 'IP', en: 'IP' },
  before: { zh: '修改前', en: 'Before' },
  after: { zh: '修改后', en: 'After' },
} satisfies Record<string, Text>;

const actionHints = ['auth', 'auth.login', 'auth.login_failed', 'org', 'people', 'people.read_full', 'roster', 'accounts', 'points'];

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return <pre className="vg-pre">{JSON.stringify(value, null, 2)}</pre>;
}

export default function AuditPage() {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState({ q: '', action: '', actor: '' });
  const [range, setRange] = useState<[string, string] | null>(null);
  const [applied, setApplied] = useState({ q: '', action: '', actor: '' });
  const [page, setPage] = useState({ page: 1, pageSize: 20 });

  const query = { q: applied.q || undefined, action: applied.action || undefined, actor: applied.actor || undefined, from: range?.[0], to: range?.[1], ...page };
  const { data, isFetching } = useQuery({
    queryKey: ['audit', query],
    queryFn: () => unwrap(client.GET('/api/v1/audit', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const search = () => {
    setApplied({ q: draft.q.trim(), action: draft.action.trim(), actor: draft.actor.trim() });
    setPage((p) => ({ ...p, page: 1 }));
  };
  const fmt = (iso: string) => new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });

  const columns: TableProps<AuditItem>['columns'] = [
    { title: t(m.at), dataIndex: 'at', width: 180, render: fmt },
    { title: t(m.who), dataIndex: 'actor', width: 120, render: (v: string | null) => v ?? '—' },
    { title: t(m.what), dataIndex: 'action', width: 190, render: (v: string) => <Tag color={v.includes('fail') || v.includes('lock') ? 'error' : v.includes('read_full') ? 'warning' : 'default'}>{v}</Tag> },
    { title: t(m.entity), key: 'entity', width: 150, render: (_, r) => `${r.entity}${r.entityId ? ` #${r.entityId}` : ''}` },
    { title: t(m.summary), dataIndex: 'summary', ellipsis: true },
    { title: t(m.ip), dataIndex: 'ip', width: 130 },
  ];

  return (
    <PageContainer title={t(m.title)} subTitle={t(m.sub)}>
      <div className="vg-toolbar">
        <Input placeholder={t(m.text)} value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} onPressEnter={search} style={{ width: 220 }} allowClear />
        <AutoComplete
          placeholder={t(m.action)}
          value={draft.action}
          onChange={(v) => setDraft({ ...draft, action: v })}
          options={actionHints.map((a) => ({ value: a }))}
          style={{ width: 240 }}
          allowClear
        />
        <Input placeholder={t(m.actor)} value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} onPressEnter={search} style={{ width: 160 }} allowClear />
        <DatePicker.RangePicker
          onChange={(v) => {
            setRange(v && v[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Button type="primary" onClick={search}>
          {t(common.search)}
        </Button>
      </div>
      <Table<AuditItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        locale={{ emptyText: <EmptyState /> }}
        scroll={{ x: 1000 }}
        expandable={{
          rowExpandable: (r) => r.before != null || r.after != null,
          expandedRowRender: (r) => (
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Typography.Text strong>{t(m.before)}</Typography.Text>
                <Json value={r.before} />
              </Col>
              <Col xs={24} md={12}>
                <Typography.Text strong>{t(m.after)}</Typography.Text>
                <Json value={r.after} />
              </Col>
            </Row>
          ),
        }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t(common.total, { n }),
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
        }}
      />
    </PageContainer>
  );
}
