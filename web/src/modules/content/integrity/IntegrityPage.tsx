import { useState } from 'react';
import { Progress, Select, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useNavigate } from 'react-router';
import { client, unwrap, type Query, type Schema } from '../../../kernel/api-client.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { ListPage, type ListState } from '../../../kernel/ListPage.js';
import { cText as m } from '../messages.js';
import { contentKey } from '../useWorkflow.js';
import { TagFilter } from '../TagFilter.js';
import { AssignDialog } from './AssignDialog.js';
import { CaseDrawer } from './CaseDrawer.js';
import { pct } from '../categories.js';

type LibraryItem = Schema<'LibraryItem'>;
type LibraryQuery = Query<'/api/v1/content/library', 'get'>;
export const libraryKey = [...contentKey, 'library'] as const;

/** 警示教育: the warning-case library of the caller's scope, required reading per organisation and its completion. */
export default function IntegrityPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const [assigning, setAssigning] = useState<LibraryItem | null>(null);
  const [open, setOpen] = useState<{ item: LibraryItem; tab: 'completion' | 'activities' } | null>(null);

  const columns: TableProps<LibraryItem>['columns'] = [
    { title: t(m.name), dataIndex: 'title', render: (v: string, r) => <a onClick={() => nav(`/content/${r.id}`)}>{v}</a> },
    { title: t(m.tags), dataIndex: 'tags', width: 200, render: (tags: string[]) => tags.map((x) => <Tag key={x}>{x}</Tag>) },
    { title: t(m.assignedOrgs), dataIndex: 'assignedOrgs', width: 90 },
    { title: t(m.assignedPeople), dataIndex: 'assigned', width: 90 },
    { title: t(m.completedPeople), dataIndex: 'completed', width: 90 },
    { title: t(m.rate), dataIndex: 'rate', width: 170, render: (v: number | null, r) => (r.assigned ? <Progress percent={pct(v)} size="small" /> : '—') },
    { title: t(m.linkedActivities), dataIndex: 'activities', width: 90, render: (n: number, r) => <a onClick={() => setOpen({ item: r, tab: 'activities' })}>{n}</a> },
    {
      title: t(common.actions),
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Space size={8}>
          <a onClick={() => setAssigning(r)} data-testid={`assign-${r.id}`}>{t(m.assign)}</a>
          <a onClick={() => setOpen({ item: r, tab: 'completion' })} data-testid={`completion-${r.id}`}>{t(m.completion)}</a>
        </Space>
      ),
    },
  ];

  const filters = (s: ListState) => (
    <>
      <TagFilter value={s.get('tag')} onChange={(v) => s.set({ tag: v })} />
      <Select
        allowClear
        placeholder={t(m.assignedFilter)}
        aria-label={t(m.assignedFilter)}
        value={s.get('assigned')}
        onChange={(v) => s.set({ assigned: v })}
        options={[{ value: 'yes', label: t(m.assignedYes) }, { value: 'no', label: t(m.assignedNo) }]}
        style={{ width: 140 }}
      />
    </>
  );

  return (
    <ListPage<LibraryItem, LibraryQuery>
      title={t(m.libraryTitle)}
      subTitle={t(m.librarySub)}
      queryKey={libraryKey}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, tag: s.get('tag'), assigned: s.get('assigned') as LibraryQuery['assigned'], category: 'warning_case' })}
      fetch={(query) => unwrap(client.GET('/api/v1/content/library', { params: { query } }))}
      columns={columns}
      search={{ placeholder: t(m.search) }}
      filters={filters}
      emptyText={t(m.noCases)}
      table={{ scroll: { x: 1100 }, 'data-testid': 'library-table' }}
    >
      {assigning && <AssignDialog item={assigning} onClose={() => setAssigning(null)} />}
      {open && <CaseDrawer item={open.item} tab={open.tab} onClose={() => setOpen(null)} />}
    </ListPage>
  );
}
