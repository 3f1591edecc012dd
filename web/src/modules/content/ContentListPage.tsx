import { Button, Select, Space, Tabs, Tag } from 'antd';
import type { TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { client, unwrap, type Query } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage, type ListState } from '../../kernel/ListPage.js';
import { fmtDateTime } from '../activities/useActivities.js';
import { cText as m, statusColor } from './messages.js';
import { contentKey, useWorkflow } from './useWorkflow.js';
import type { ContentItem, ContentStatus } from './content.api.js';
import { categoryColor, categoryOptions, contentCategoryLabels } from './categories.js';
import { TagFilter } from './TagFilter.js';

const statuses: ContentStatus[] = ['draft', 'review', 'published', 'archived'];

type ContentQuery = Query<'/api/v1/content', 'get'>;

/** The list's filters in the URL, as /content takes them; the review queue is always status=review. */
function contentQuery(s: ListState, queue: boolean): ContentQuery {
  return {
    page: s.page,
    pageSize: s.pageSize,
    q: s.q,
    kind: s.get('kind') as ContentQuery['kind'],
    status: (queue ? 'review' : s.get('status')) as ContentQuery['status'],
    category: s.get('category') as ContentQuery['category'],
    tag: s.get('tag'),
  };
}

/** Staff list of content by state; with `queue` it is the review queue (status=review only). */
export default function ContentListPage({ queue = false }: { queue?: boolean }) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const wf = useWorkflow();

  const canWrite = can('content.write');
  const canReview = can('content.review');
  const columns: TableProps<ContentItem>['columns'] = [
    { title: t(m.name), dataIndex: 'title', render: (v: string, r) => <a onClick={() => nav(`/content/${r.id}`)}>{v}</a> },
    { title: t(m.kind), dataIndex: 'kind', width: 80, render: (k: ContentItem['kind']) => <Tag>{t(m[k])}</Tag> },
    {
      title: t(m.category),
      dataIndex: 'category',
      width: 130,
      render: (c: ContentItem['category']) => (c ? <Tag color={categoryColor[c]}>{contentCategoryLabels[c][lang]}</Tag> : <span style={{ color: '#999' }}>{t(m.uncategorised)}</span>),
    },
    { title: t(m.tags), dataIndex: 'tags', width: 180, render: (tags: string[]) => tags.map((x) => <Tag key={x} style={{ marginBottom: 2 }}>{x}</Tag>) },
    { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (s: ContentStatus) => <Tag color={statusColor[s]}>{t(m[s])}</Tag> },
    { title: t(m.updated), dataIndex: 'updatedAt', width: 170, render: (v: string) => fmtDateTime(v, lang) },
    {
      title: t(common.actions),
      key: 'actions',
      width: 220,
      render: (_, r) => (
        <Space size={8}>
          <a onClick={() => nav(`/content/${r.id}`)}>{r.status === 'draft' && canWrite ? t(m.edit) : t(m.view)}</a>
          {r.status === 'draft' && canWrite && <a onClick={() => wf.ask(r, 'submit')}>{t(m.submit)}</a>}
          {r.status === 'review' && canReview && <a onClick={() => wf.ask(r, 'publish')}>{t(m.publish)}</a>}
          {r.status === 'review' && canReview && <a onClick={() => wf.startReturn(r)}>{t(m.return)}</a>}
          {r.status === 'published' && canReview && (
            <a style={{ color: '#c8161d' }} onClick={() => wf.ask(r, 'archive')}>
              {t(m.archive)}
            </a>
          )}
        </Space>
      ),
    },
  ];

  const statusTabs = (s: ListState) => (
    <Tabs
      activeKey={s.get('status') ?? 'all'}
      onChange={(k) => s.set({ status: k === 'all' ? undefined : k })}
      items={[{ key: 'all', label: t(m.all) }, ...statuses.map((st) => ({ key: st, label: t(m[st]) }))]}
    />
  );

  const filters = (s: ListState) => (
    <>
      <Select
        allowClear
        placeholder={t(m.kind)}
        aria-label={t(m.kind)}
        value={s.get('kind')}
        onChange={(v) => s.set({ kind: v })}
        options={(['article', 'video', 'pdf'] as const).map((k) => ({ value: k, label: t(m[k]) }))}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        placeholder={t(m.category)}
        aria-label={t(m.category)}
        value={s.get('category')}
        onChange={(v) => s.set({ category: v })}
        options={[...categoryOptions(lang), { value: 'none', label: t(m.uncategorised) }]}
        style={{ width: 150 }}
        data-testid="category-filter"
      />
      <TagFilter value={s.get('tag')} onChange={(v) => s.set({ tag: v })} />
    </>
  );

  return (
    <ListPage<ContentItem, ContentQuery>
      title={t(queue ? m.reviewTitle : m.title)}
      subTitle={t(queue ? m.reviewSub : m.sub)}
      extra={
        !queue &&
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/content/new')}>
            {t(m.create)}
          </Button>
        )
      }
      queryKey={[...contentKey, 'list']}
      query={(s) => contentQuery(s, queue)}
      fetch={(query) => unwrap(client.GET('/api/v1/content', { params: { query } }))}
      columns={columns}
      header={queue ? undefined : statusTabs}
      search={{ placeholder: t(m.search) }}
      filters={filters}
      emptyText={t(queue ? m.noReview : m.noItems)}
      table={{ scroll: { x: 1200 }, 'data-testid': queue ? 'review-queue' : 'content-table' }}
    >
      {wf.returnDialog}
    </ListPage>
  );
}
