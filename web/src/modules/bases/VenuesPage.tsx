import { useState } from 'react';
import { Button, Select, Tag, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { useAuth } from '../../kernel/auth.js';
import { bText as m } from './messages.js';
import { basesApi, basesKey, type Venue, type VenueQuery } from './bases.api.js';
import { VenueDialog } from './VenueDialog.js';

const kinds = ['party_school', 'exchange_centre', 'demonstration_point', 'room'] as const;

/** 阵地矩阵: the venues of the caller's subtree, searchable and filtered by kind. */
export default function VenuesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [creating, setCreating] = useState(false);
  const columns: TableProps<Venue>['columns'] = [
    { title: t(m.name), dataIndex: 'name', render: (v: string, r) => <Link to={`/bases/venues/${r.id}`}>{v}</Link> },
    { title: t(m.kind), dataIndex: 'kindName', width: 150, render: (v: string) => <Tag color="red">{v}</Tag> },
    { title: t(m.theme), dataIndex: 'theme', width: 160, ellipsis: true },
    { title: t(m.owner), dataIndex: 'orgName', width: 180, ellipsis: true },
    { title: t(m.address), key: 'address', width: 200, ellipsis: true, render: (_: unknown, r) => `${r.districtName}${r.streetName ?? ''} ${r.address}` },
    { title: t(m.capacity), dataIndex: 'capacity', width: 90 },
    { title: t(m.upcoming), dataIndex: 'upcomingBookings', width: 100 },
    { title: t(m.needsApproval), dataIndex: 'needsApproval', width: 100, render: (v: boolean) => (v ? '✓' : '') },
  ];
  return (
    <ListPage<Venue, VenueQuery>
      title={t(m.venues)}
      subTitle={t(m.venuesSub)}
      extra={
        can('bases.manage') && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-venue">
            {t(m.newVenue)}
          </Button>
        )
      }
      queryKey={[...basesKey, 'venues']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, kind: s.get('kind') as VenueQuery['kind'], status: 'active' })}
      fetch={basesApi.venues}
      columns={columns}
      search={{ placeholder: t(m.searchVenue), width: 240 }}
      filters={(s) => (
        <Select allowClear placeholder={t(m.kind)} style={{ width: 180 }} value={s.get('kind')} onChange={(v) => s.set({ kind: v })} options={kinds.map((k) => ({ value: k, label: t(m[k]) }))} />
      )}
      table={{ 'data-testid': 'venues-table', size: 'middle' }}
    >
      <VenueDialog open={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
}
