import { useState } from 'react';
import { Button, Select, Space, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import { showError } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { ListPage, useListState, type ListState } from '../../kernel/ListPage.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { sqText as m, squadStatusColor } from './messages.js';
import { SquadFormDialog } from './SquadFormDialog.js';
import { squadsApi, squadsKey, type SquadQuery, type Squad, type SquadStatus } from './squads.api.js';

const statuses: SquadStatus[] = ['active', 'merged', 'disbanded'];
const sortKeys = ['name', 'memberCount', 'startedOn'] as const;
type Sort = NonNullable<SquadQuery['sort']>;
/** The URL's sort when the API knows it. */
const sortOf = (sort: string | undefined): Sort | undefined => (sort && sortKeys.includes(sort.replace(/^-/, '') as (typeof sortKeys)[number]) ? (sort as Sort) : undefined);

function filtersOf(s: ListState): Omit<SquadQuery, 'page' | 'pageSize'> {
  const orgId = Number(s.get('orgId'));
  return { q: s.q, orgId: orgId > 0 ? orgId : undefined, field: s.get('field'), status: s.get('status') as SquadStatus | undefined, sort: sortOf(s.sort) };
}

function Filters({ state }: { state: ListState }) {
  const { t } = useI18n();
  const fields = useQuery({ queryKey: [...squadsKey, 'fields'], queryFn: () => squadsApi.fields() });
  const orgId = Number(state.get('orgId'));
  return (
    <>
      <OrgTreeSelect value={orgId > 0 ? orgId : undefined} onChange={(v) => state.set({ orgId: v })} placeholder={t(m.org)} style={{ width: 220 }} />
      <Select
        allowClear
        placeholder={t(m.field)}
        aria-label={t(m.field)}
        value={state.get('field')}
        onChange={(v) => state.set({ field: v })}
        options={(fields.data?.items ?? []).map((f) => ({ value: f.field, label: `${f.field} (${f.count})` }))}
        style={{ width: 140 }}
        data-testid="squad-filter-field"
      />
      <Select
        allowClear
        placeholder={t(m.status)}
        aria-label={t(m.status)}
        value={state.get('status')}
        onChange={(v) => state.set({ status: v })}
        options={statuses.map((s) => ({ value: s, label: t(m[s]) }))}
        style={{ width: 120 }}
        data-testid="squad-filter-status"
      />
    </>
  );
}

/** 青年尖刀班 list: search, filter by organisation, field and status; new squad; export to Excel. */
export default function SquadsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const [creating, setCreating] = useState(false);
  // The same URL state the list reads, so the export takes the filters on screen.
  const listState = useListState();
  const [exporting, setExporting] = useState(false);
  const doExport = async () => {
    setExporting(true);
    try {
      await squadsApi.exportSquads(filtersOf(listState));
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };
  return (
    <ListPage<Squad, SquadQuery>
      title={t(m.squads)}
      subTitle={t(m.squadsSub)}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={doExport} data-testid="squads-export">
            {t(m.export)}
          </Button>
          {can('squads.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="squad-new">
              {t(m.newSquad)}
            </Button>
          )}
        </Space>
      }
      queryKey={[...squadsKey, 'list']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, ...filtersOf(s) })}
      fetch={squadsApi.list}
      sortable={sortKeys}
      search={{ placeholder: t(m.searchSquads), testId: 'squad-search' }}
      filters={(state) => <Filters state={state} />}
      emptyText={t(m.noSquads)}
      table={{ 'data-testid': 'squads-table' }}
      columns={[
        { title: t(m.name), key: 'name', dataIndex: 'name', render: (v: string, r) => <Link to={`/squads/${r.id}`}>{v}</Link> },
        { title: t(m.org), dataIndex: 'orgName', ellipsis: true },
        { title: t(m.field), dataIndex: 'field', width: 110 },
        { title: t(m.leader), dataIndex: 'leaderName', width: 100, render: (v: string | null) => v ?? '—' },
        { title: t(m.memberCount), key: 'memberCount', dataIndex: 'memberCount', width: 90 },
        { title: t(m.startedOn), key: 'startedOn', dataIndex: 'startedOn', width: 120 },
        { title: t(m.status), dataIndex: 'status', width: 90, render: (s: SquadStatus) => <Tag color={squadStatusColor[s]}>{t(m[s])}</Tag> },
      ]}
    >
      {creating && <SquadFormDialog onClose={() => setCreating(false)} onCreated={(s) => nav(`/squads/${s.id}`)} />}
    </ListPage>
  );
}
