import type { TableProps } from 'antd';
import { useNavigate } from 'react-router';
import { Link } from 'react-router';
import type { Query } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { AreaFilters } from './AreaFilters.js';
import { communityApi, communityKey, type Community } from './community.api.js';
import { cText as m } from './messages.js';
import { sortOrder } from './useCommunity.js';

/** 社区名录: every community by district and street, with what it has going on. */
export default function CommunitiesPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const columns: TableProps<Community>['columns'] = [
    { title: t(m.name), key: 'name', dataIndex: 'name', render: (v: string, c) => <a onClick={() => nav(`/community/communities/${c.id}`)}>{v}</a> },
    { title: t(m.district), key: 'district', dataIndex: 'districtName', width: 110 },
    { title: t(m.street), dataIndex: 'streetName', width: 150 },
    { title: t(m.partyOrg), dataIndex: 'partyOrgName', ellipsis: true },
    { title: t(m.staff), dataIndex: 'staffCount', width: 90 },
    { title: t(m.orgsRegistered), dataIndex: 'orgCount', width: 100 },
    { title: t(m.membersRegistered), key: 'members', dataIndex: 'memberCount', width: 100 },
    { title: t(m.openNeeds), key: 'needs', dataIndex: 'openNeedCount', width: 100 },
  ];
  return (
    <ListPage<Community, Query<'/api/v1/communities', 'get'>>
      title={t(m.communities)}
      subTitle={<Link to="/cockpit">{t(m.figuresHint)}</Link>}
      queryKey={[...communityKey, 'communities']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, ...sortOrder<'name' | 'district' | 'members' | 'needs'>(s.sort), districtCode: s.get('districtCode'), streetCode: s.get('streetCode') })}
      fetch={communityApi.communities}
      columns={columns}
      sortable={['name', 'district', 'members', 'needs']}
      search={{ placeholder: t(m.searchCommunity), testId: 'community-search' }}
      filters={(s) => <AreaFilters s={s} />}
      emptyText={t(m.noCommunities)}
      table={{ 'data-testid': 'communities-table', size: 'middle' }}
    />
  );
}
