import { useState } from 'react';
import { Button, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { Query } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { AreaFilters } from './AreaFilters.js';
import { communityApi, communityKey, type Community } from './community.api.js';
import { CommunityFormDialog } from './CommunityFormDialog.js';
import { cText as m } from './messages.js';
import { sortOrder } from './useCommunity.js';

/** 社区名录: every community by district and street, with what it has going on; the committee adds and edits them. */
export default function CommunitiesPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const manage = useAuth().can('community.manage');
  const [editing, setEditing] = useState<Community | 'new' | null>(null);
  const columns: TableProps<Community>['columns'] = [
    { title: t(m.name), key: 'name', dataIndex: 'name', render: (v: string, c) => <a onClick={() => nav(`/community/communities/${c.id}`)}>{v}</a> },
    { title: t(m.district), key: 'district', dataIndex: 'districtName', width: 110 },
    { title: t(m.street), dataIndex: 'streetName', width: 150 },
    { title: t(m.partyOrg), dataIndex: 'partyOrgName', ellipsis: true },
    { title: t(m.staff), dataIndex: 'staffCount', width: 90 },
    { title: t(m.orgsRegistered), dataIndex: 'orgCount', width: 100 },
    { title: t(m.membersRegistered), key: 'members', dataIndex: 'memberCount', width: 100 },
    { title: t(m.openNeeds), key: 'needs', dataIndex: 'openNeedCount', width: 100 },
    ...(manage
      ? [
          {
            title: t(common.actions),
            key: 'actions',
            width: 80,
            render: (_: unknown, c: Community) => (
              <a onClick={() => setEditing(c)} data-testid={`edit-community-${c.id}`}>
                {t(common.edit)}
              </a>
            ),
          },
        ]
      : []),
  ];
  return (
    <ListPage<Community, Query<'/api/v1/communities', 'get'>>
      title={t(m.communities)}
      subTitle={<Link to="/cockpit">{t(m.figuresHint)}</Link>}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-community">
            {t(m.newCommunity)}
          </Button>
        )
      }
      queryKey={[...communityKey, 'communities']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, ...sortOrder<'name' | 'district' | 'members' | 'needs'>(s.sort), districtCode: s.get('districtCode'), streetCode: s.get('streetCode') })}
      fetch={communityApi.communities}
      columns={columns}
      sortable={['name', 'district', 'members', 'needs']}
      search={{ placeholder: t(m.searchCommunity), testId: 'community-search' }}
      filters={(s) => <AreaFilters s={s} />}
      emptyText={t(m.noCommunities)}
      table={{ 'data-testid': 'communities-table', size: 'middle' }}
    >
      <CommunityFormDialog community={editing} onClose={() => setEditing(null)} />
    </ListPage>
  );
}
