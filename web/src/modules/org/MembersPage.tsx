import { useState } from 'react';
import { Button, Checkbox, Select, Tag } from 'antd';
import type { TableProps } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { api } from '../../kernel/api.js';
import { useAuth } from '../../kernel/auth.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage, useListState, type ListState } from '../../kernel/ListPage.js';
import { partyStatuses, partyStatusEn, type PartyStatus } from '../../kernel/types.js';
import { OrgTreeSelect } from './OrgTreeSelect.js';
import { MemberDrawer } from './MemberDrawer.js';
import { orgText } from './messages.js';
import type { Person } from './org.api.js';
import { client, unwrap, type Query } from '../../kernel/api-client.js';

/** The roster's filters in the URL, as /people takes them. */
type PeopleQuery = Query<'/api/v1/people', 'get'>;

function peopleQuery(s: ListState): PeopleQuery {
  return {
    page: s.page,
    pageSize: s.pageSize,
    q: s.q,
    orgId: s.get('orgId') ? Number(s.get('orgId')) : undefined,
    partyStatus: s.get('partyStatus') as PeopleQuery['partyStatus'],
    gender: s.get('gender') as PeopleQuery['gender'],
    young: s.get('young') === 'true' ? 'true' : undefined,
    sort: s.sort as PeopleQuery['sort'],
  };
}

export default function MembersPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const list = useListState();
  const [open, setOpen] = useState<Person | null>(null);
  const [exporting, setExporting] = useState(false);

  const statusLabel = (s: string) => (lang === 'zh' ? s : (partyStatusEn[s as PartyStatus] ?? s));

  const columns: TableProps<Person>['columns'] = [
    { title: t(orgText.personName), dataIndex: 'name', key: 'name', fixed: 'left', width: 90, render: (v: string, p) => <a onClick={() => setOpen(p)}>{v}</a> },
    { title: t(orgText.gender), dataIndex: 'gender', width: 56, render: (g: string) => (lang === 'zh' ? g : g === '男' ? 'M' : 'F') },
    { title: t(orgText.birthDate), dataIndex: 'birthDate', key: 'birthDate', width: 110 },
    { title: t(orgText.age), dataIndex: 'age', width: 56 },
    { title: t(orgText.partyStatus), dataIndex: 'partyStatus', width: 96, render: (s: string) => <Tag color={s === '正式党员' ? 'red' : s === '预备党员' ? 'volcano' : 'default'}>{statusLabel(s)}</Tag> },
    { title: t(orgText.org), dataIndex: 'orgName', ellipsis: true },
    { title: t(orgText.unit), dataIndex: 'unit', ellipsis: true },
    { title: t(orgText.position), dataIndex: 'position', width: 100, ellipsis: true },
    { title: t(orgText.idNumber), dataIndex: 'idNumber', width: 190, render: (v: string) => <code>{v}</code> },
    { title: t(orgText.phone), dataIndex: 'phone', width: 124 },
    { title: t(common.actions), key: 'actions', width: 64, fixed: 'right', render: (_, p) => <a onClick={() => setOpen(p)}>{t(orgText.detail)}</a> },
  ];

  const exportRoster = async () => {
    const { orgId, q, partyStatus } = peopleQuery(list);
    setExporting(true);
    try {
      await api.download('/roster/export', { orgId, q, partyStatus }, 'roster.xlsx');
    } finally {
      setExporting(false);
    }
  };

  const filters = (s: ListState) => (
    <>
      <OrgTreeSelect value={peopleQuery(s).orgId} onChange={(v) => s.set({ orgId: v })} style={{ width: 260 }} />
      <Select
        allowClear
        placeholder={t(orgText.partyStatus)}
        value={s.get('partyStatus')}
        onChange={(v) => s.set({ partyStatus: v })}
        options={partyStatuses.map((p) => ({ value: p, label: statusLabel(p) }))}
        style={{ width: 150 }}
      />
      <Select
        allowClear
        placeholder={t(orgText.gender)}
        value={s.get('gender')}
        onChange={(v) => s.set({ gender: v })}
        options={[
          { value: '男', label: t(orgText.male) },
          { value: '女', label: t(orgText.female) },
        ]}
        style={{ width: 100 }}
      />
      <Checkbox checked={s.get('young') === 'true'} onChange={(e) => s.set({ young: e.target.checked })} style={{ alignSelf: 'center' }}>
        {t(orgText.young)}
      </Checkbox>
    </>
  );

  return (
    <ListPage<Person, ReturnType<typeof peopleQuery>>
      title={t(orgText.membersTitle)}
      extra={
        <>
          {can('people.import') && (
            <Button icon={<UploadOutlined />} onClick={() => nav('/org/import')}>
              {t(orgText.import)}
            </Button>
          )}
          {can('people.export') && (
            <Button icon={<DownloadOutlined />} onClick={exportRoster} loading={exporting} data-testid="export-roster">
              {t(orgText.export)}
            </Button>
          )}
        </>
      }
      queryKey={['people', 'list']}
      query={peopleQuery}
      fetch={(query) => unwrap(client.GET('/api/v1/people', { params: { query } }))}
      columns={columns}
      sortable={['name', 'birthDate']}
      search={{ placeholder: t(orgText.searchPeople), testId: 'people-search' }}
      filters={filters}
      emptyText={t(orgText.noPeople)}
      table={{ size: 'middle', scroll: { x: 1100 }, 'data-testid': 'people-table' }}
    >
      {open && <MemberDrawer person={open} onClose={() => setOpen(null)} />}
    </ListPage>
  );
}
