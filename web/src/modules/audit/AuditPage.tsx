import { useState } from 'react';
import { AutoComplete, Button, Col, DatePicker, Input, Row, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { client, unwrap, type Answer, type Query } from '../../kernel/api-client.js';
import { common, useI18n, type Text } from '../../kernel/i18n.js';
import { ListPage, type ListState } from '../../kernel/ListPage.js';
import { actionLabel, actionOptions, entityLabel, humaniseSummary } from './labels.js';

type AuditItem = Answer<'/api/v1/audit', 'get'>['items'][number];

const m = {
  title: { zh: '操作日志', en: 'Audit log' },
  sub: { zh: '谁在什么时候、从哪里做了什么；查看完整个人信息也会留痕。', en: 'Who did what, when and from where; viewing full personal records is logged too.' },
  text: { zh: '关键字（摘要、对象编号）', en: 'Text (summary, record id)' },
  action: { zh: '动作（如 登录、查看完整个人信息）', en: 'Action (e.g. signed in, full record viewed)' },
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

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return <pre className="vg-pre">{JSON.stringify(value, null, 2)}</pre>;
}

const textFilters = ['q', 'action', 'actor'] as const;

function auditQuery(s: ListState): Query<'/api/v1/audit', 'get'> {
  return { page: s.page, pageSize: s.pageSize, q: s.get('q'), action: s.get('action'), actor: s.get('actor'), from: s.get('from'), to: s.get('to') };
}

/** The text filters are typed first and applied together (Enter or the button); the date range applies at once. */
function AuditFilters({ state }: { state: ListState }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(() => Object.fromEntries(textFilters.map((k) => [k, state.get(k) ?? ''])) as Record<(typeof textFilters)[number], string>);
  const search = () => state.set(Object.fromEntries(textFilters.map((k) => [k, draft[k].trim()])));
  const from = state.get('from');
  const to = state.get('to');
  return (
    <>
      <Input placeholder={t(m.text)} value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} onPressEnter={search} style={{ width: 220 }} allowClear />
      <AutoComplete
        placeholder={t(m.action)}
        value={draft.action}
        onChange={(v) => setDraft({ ...draft, action: v })}
        options={actionOptions(lang)}
        filterOption={(input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
        style={{ width: 240 }}
        allowClear
      />
      <Input placeholder={t(m.actor)} value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} onPressEnter={search} style={{ width: 160 }} allowClear />
      <DatePicker.RangePicker
        value={from && to ? [dayjs(from), dayjs(to)] : null}
        onChange={(v) => {
          const range = v && v[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null;
          state.set({ from: range?.[0], to: range?.[1] });
        }}
      />
      <Button type="primary" onClick={search}>
        {t(common.search)}
      </Button>
    </>
  );
}

export default function AuditPage() {
  const { t, lang } = useI18n();
  const fmt = (iso: string) => new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });

  const columns: TableProps<AuditItem>['columns'] = [
    { title: t(m.at), dataIndex: 'at', width: 180, render: fmt },
    { title: t(m.who), dataIndex: 'actor', width: 120, render: (v: string | null) => v ?? '—' },
    { title: t(m.what), dataIndex: 'action', width: 190, render: (v: string) => (
        <Tag title={v} color={v.includes('fail') || v.includes('lock') ? 'error' : v.includes('read_full') ? 'warning' : 'default'}>
          {actionLabel(v, lang)}
        </Tag>
      ),
    },
    { title: t(m.entity), key: 'entity', width: 150, render: (_, r) => <span title={r.entity}>{`${entityLabel(r.entity, lang)}${r.entityId ? ` #${r.entityId}` : ''}`}</span> },
    { title: t(m.summary), dataIndex: 'summary', ellipsis: true, render: (v: string | null) => (v ? humaniseSummary(v, lang) : '—') },
    { title: t(m.ip), dataIndex: 'ip', width: 130 },
  ];

  return (
    <ListPage<AuditItem, Query<'/api/v1/audit', 'get'>>
      title={t(m.title)}
      subTitle={t(m.sub)}
      queryKey={['audit']}
      query={auditQuery}
      fetch={(query) => unwrap(client.GET('/api/v1/audit', { params: { query } }))}
      columns={columns}
      filters={(state) => <AuditFilters state={state} />}
      resetButton={false}
      table={{
        size: 'small',
        scroll: { x: 1000 },
        expandable: {
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
        },
      }}
    />
  );
}
