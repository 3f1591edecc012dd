import { useState } from 'react';
import { Button, Space, Tag, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useAuth } from '../../../kernel/auth.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { ListPage } from '../../../kernel/ListPage.js';
import { OptionSelect, ParamSelect } from '../Filters.js';
import { fmtDay } from '../usePairing.js';
import { rText as m } from './messages.js';
import { researchApi, researchKey, type Topic, type TopicQuery } from './research.api.js';
import { TopicDialog } from './TopicDialog.js';

const sorts = ['-startedOn', 'startedOn', 'title', '-createdAt'] as const;

/** 共研课题: topics of the caller's scope by field and status, searched and sorted; new topics and edits. */
export default function TopicsPage() {
  const { t } = useI18n();
  const manage = useAuth().can('pairing.manage');
  const [editing, setEditing] = useState<Topic | null>(null);
  const [creating, setCreating] = useState(false);
  const columns: TableProps<Topic>['columns'] = [
    { title: t(m.title), dataIndex: 'title', render: (v: string, r) => <Link to={`/pairing/research/${r.id}`} data-testid={`topic-${r.id}`}>{v}</Link> },
    { title: t(m.field), dataIndex: 'fieldName', width: 110 },
    { title: t(m.org), dataIndex: 'orgName', width: 180, ellipsis: true },
    { title: t(m.startedOn), dataIndex: 'startedOn', width: 110, render: (v: string) => fmtDay(v) },
    { title: t(m.status), dataIndex: 'status', width: 100, render: (v: Topic['status'], r) => <Tag color={v === 'active' ? 'green' : 'default'} title={r.endedOn ?? ''}>{t(m.topicStatus[v])}</Tag> },
    { title: t(m.group), key: 'group', width: 150, render: (_: unknown, r) => t(m.groupCount, { c: r.cadreCount, e: r.entrepreneurCount }) },
    { title: t(m.meetingCount), dataIndex: 'meetingCount', width: 70 },
    { title: t(m.outputs), key: 'outputs', width: 150, render: (_: unknown, r) => t(m.outputsCount, { n: r.outputCount, p: r.publishedCount }) },
    {
      title: t(common.actions),
      key: 'actions',
      width: 110,
      render: (_: unknown, r) => (
        <Space size="small">
          <Link to={`/pairing/research/${r.id}`}>{t(m.open)}</Link>
          {manage && r.status === 'active' && <a onClick={() => setEditing(r)}>{t(common.edit)}</a>}
        </Space>
      ),
    },
  ];
  return (
    <ListPage<Topic, TopicQuery>
      title={t(m.topics)}
      subTitle={t(m.topicsSub)}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-topic">
            {t(m.newTopic)}
          </Button>
        )
      }
      queryKey={[...researchKey, 'topics']}
      query={(s) => ({
        page: s.page,
        pageSize: s.pageSize,
        q: s.q,
        field: s.get('field') as TopicQuery['field'],
        status: s.get('status') as TopicQuery['status'],
        sort: (sorts as readonly string[]).includes(s.get('sort') ?? '') ? (s.get('sort') as TopicQuery['sort']) : undefined,
      })}
      fetch={researchApi.topics}
      columns={columns}
      search={{ placeholder: t(m.search), testId: 'topic-search', width: 240 }}
      filters={(s) => (
        <>
          <OptionSelect s={s} param="field" list="sectors" placeholder={m.allFields} testId="filter-field" />
          <ParamSelect s={s} param="status" placeholder={m.allStatuses} width={120} options={(['active', 'concluded'] as const).map((v) => ({ value: v, label: t(m.topicStatus[v]) }))} />
          <ParamSelect s={s} param="sort" placeholder={m.sort} width={170} options={sorts.map((v) => ({ value: v, label: t(m.sorts[v]) }))} />
        </>
      )}
      emptyText={t(m.noTopics)}
      table={{ 'data-testid': 'topics-table', size: 'middle' }}
    >
      <TopicDialog open={creating || !!editing} topic={editing} onClose={() => (setCreating(false), setEditing(null))} />
    </ListPage>
  );
}
