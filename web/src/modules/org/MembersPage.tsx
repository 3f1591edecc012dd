import { useState } from 'react';
import { Button, Checkbox, Input, Select, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../kernel/api.js';
import { client, unwrap, type Query } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { partyStatuses, partyStatusEn, type PartyStatus } from '../../kernel/types.js';
import { OrgTreeSelect } from './OrgTreeSelect.js';
import { MemberDrawer } from './MemberDrawer.js';
import { orgText } from './messages.js';
import type { Person } from './org.api.js';

type PeopleQuery = Query<'/api/v1/people', 'get'>;

const sortable = new Set(['name', 'birthDate']);

export default function MembersPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<Person | null>(null);
  const [exporting, setExporting] = useState(false);
  const get = (k: string) => params.get(k) ?? undefined;
  const filters = {
    page: Number(get('page') ?? 1),
    pageSize: Number(get('pageSize') ?? 20),
    q: get('q'),
    orgId: get('orgId') ? Number(get('orgId')) : undefined,
    partyStatus: get('partyStatus') as PeopleQuery['partyStatus'],
    gender: get('gender') as PeopleQuery['gender'],
    young: get('young') === 'true' ? 'true' : undefined,
    sort: get('sort') as PeopleQuery['sort'],
  };
  const [q, setQ] = useState(filters.q ?? '');

  const update = (patch: Record<string, string | number | boolean | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '' || v === false) next.delete(k);
      else next.set(k, String(v));
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };

  const { data, isFetching } = useQuery({
    queryKey: ['people', 'list', filters],
    queryFn: () => unwrap(client.GET('/api/v1/people', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });

  const statusLabel = (s: string) => (lang === 'zh' ? s : (partyStatusEn[s as PartyStatus] ?? s));
  const sortOrder = (key: string) => (filters.sort === key ? 'ascend' : filters.sort === `-${key}` ? 'descend' : null);

  const columns: TableProps<Person>['columns'] = [
    { title: t(orgText.personName), dataIndex: 'name', key: 'name', sorter: true, sortOrder: sortOrder('name'), fixed: 'left', width: 110, render: (v: string, p) => <a onClick={() => setOpen(p)}>{v}</a> },
    { title: t(orgText.gender), dataIndex: 'gender', width: 70, render: (g: string) => (lang === 'zh' ? g : g === '男' ? 'M' : 'F') },
    { title: t(orgText.birthDate), dataIndex: 'birthDate', key: 'birthDate', sorter: true, sortOrder: sortOrder('birthDate'), width: 120 },
    { title: t(orgText.age), dataIndex: 'age', width: 70 },
    { title: t(orgText.partyStatus), dataIndex: 'partyStatus', width: 120, render: (s: string) => <Tag color={s === '正式党员' ? 'red' : s === '预备党员' ? 'volcano' : 'default'}>{statusLabel(s)}</Tag> },
    { title: t(orgText.org), dataIndex: 'orgName', ellipsis: true },
    { title: t(orgText.unit), dataIndex: 'unit', ellipsis: true },
    { title: t(orgText.position), dataIndex: 'position', width: 110, ellipsis: true },
    { title: t(orgText.idNumber), dataIndex: 'idNumber', width: 190, render: (v: string) => <code>{v}</code> },
    { title: t(orgText.phone), dataIndex: 'phone', width: 130 },
    { title: t(common.actions), key: 'actions', width: 80, fixed: 'right', render: (_, p) => <a onClick={() => setOpen(p)}>{t(orgText.detail)}</a> },
  ];

  const onChange: TableProps<Person>['onChange'] = (pagination, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = s?.order && sortable.has(String(s.columnKey)) ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
    const pageChanged = pagination.current !== filters.page || pagination.pageSize !== filters.pageSize;
    update({ page: pageChanged ? pagination.current : undefined, pageSize: pagination.pageSize === 20 ? undefined : pagination.pageSize, sort: key }, pageChanged);
  };

  const exportRoster = async () => {
    setExporting(true);
    try {
      await api.download('/roster/export', { orgId: filters.orgId, q: filters.q, partyStatus: filters.partyStatus }, 'roster.xlsx');
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageContainer
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
    >
      <div className="vg-toolbar">
        <Input.Search
          placeholder={t(orgText.searchPeople)}
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          style={{ width: 240 }}
          enterButton={t(common.search)}
          data-testid="people-search"
        />
        <OrgTreeSelect value={filters.orgId} onChange={(v) => update({ orgId: v })} style={{ width: 260 }} />
        <Select
          allowClear
          placeholder={t(orgText.partyStatus)}
          value={filters.partyStatus}
          onChange={(v) => update({ partyStatus: v })}
          options={partyStatuses.map((s) => ({ value: s, label: statusLabel(s) }))}
          style={{ width: 150 }}
        />
        <Select
          allowClear
          placeholder={t(orgText.gender)}
          value={filters.gender}
          onChange={(v) => update({ gender: v })}
          options={[
            { value: '男', label: t(orgText.male) },
            { value: '女', label: t(orgText.female) },
          ]}
          style={{ width: 100 }}
        />
        <Checkbox checked={filters.young === 'true'} onChange={(e) => update({ young: e.target.checked })} style={{ alignSelf: 'center' }}>
          {t(orgText.young)}
        </Checkbox>
        <Button
          onClick={() => {
            setQ('');
            setParams({}, { replace: true });
          }}
        >
          {t(common.reset)}
        </Button>
      </div>
      <Table<Person>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        onChange={onChange}
        scroll={{ x: 1300 }}
        locale={{ emptyText: <EmptyState description={t(orgText.noPeople)} /> }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t(common.total, { n }),
        }}
        data-testid="people-table"
      />
      {open && <MemberDrawer person={open} onClose={() => setOpen(null)} />}
    </PageContainer>
  );
}
