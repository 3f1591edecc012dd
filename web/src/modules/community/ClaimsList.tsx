import type { ReactNode } from 'react';
import { Popconfirm, Select, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Query } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { communityApi, communityKey, type ClaimRow } from './community.api.js';
import { cText as m, statusColor } from './messages.js';
import { claimantName, fmtDay, fmtWindow } from './useCommunity.js';

type Q = Query<'/api/v1/community-need-claims', 'get'>;

/** The claims of the organiser's organisations and teams: turn one into a volunteer activity, or withdraw it. */
export function ClaimsList({ tabs }: { tabs: ReactNode }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: communityKey });
  const schedule = useMutation({
    mutationFn: (id: number) => communityApi.schedule(id, false),
    onSuccess: () => {
      showSuccess(t(m.scheduled));
      void refresh();
    },
  });
  const withdraw = useMutation({ mutationFn: (id: number) => communityApi.withdraw(id, false), onSuccess: () => void refresh() });
  const columns: TableProps<ClaimRow>['columns'] = [
    { title: t(m.title), dataIndex: 'needTitle' },
    { title: t(m.community), dataIndex: 'communityName', width: 160 },
    { title: t(m.time), key: 'time', width: 200, render: (_, c) => fmtWindow(c.needStartsAt, c.needEndsAt, lang) },
    { title: t(m.claimedBy), key: 'by', width: 180, render: (_, c) => claimantName(c) },
    { title: t(m.activityDue), dataIndex: 'activityDueAt', width: 110, render: fmtDay },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (s: ClaimRow['status']) => <Tag color={statusColor[s]}>{t(m.claimStatus[s])}</Tag> },
    {
      title: t(common.actions),
      key: 'actions',
      width: 200,
      render: (_, c) => (
        <Space size={4} wrap>
          {c.status === 'claimed' && (
            <a onClick={() => schedule.mutate(c.id)} data-testid={`schedule-${c.id}`}>
              {t(m.schedule)}
            </a>
          )}
          {c.activityId && <Link to={`/activities/${c.activityId}`}>{t(m.toActivity)}</Link>}
          {c.activityId && (
            <Link to={`/community/hours?activityId=${c.activityId}`} data-testid={`claim-hours-${c.id}`}>
              {t(m.serviceHours)}
            </Link>
          )}
          {(c.status === 'claimed' || c.status === 'scheduled') && (
            <Popconfirm title={t(m.withdrawConfirm)} okButtonProps={{ danger: true }} onConfirm={() => withdraw.mutateAsync(c.id)}>
              <a style={{ color: '#c8161d' }}>{t(m.withdraw)}</a>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  return (
    <ListPage<ClaimRow, Q>
      title={t(m.needs)}
      header={() => tabs}
      queryKey={[...communityKey, 'claims']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, status: s.get('status') as Q['status'] })}
      fetch={communityApi.claims}
      columns={columns}
      filters={(s) => (
        <Select
          allowClear
          placeholder={t(m.status)}
          value={s.get('status')}
          onChange={(v) => s.set({ status: v })}
          options={Object.entries(m.claimStatus).map(([k, v]) => ({ value: k, label: t(v) }))}
          style={{ width: 120 }}
        />
      )}
      resetKeeps={['tab']}
      emptyText={t(m.noClaims)}
      table={{ 'data-testid': 'claims-table', size: 'middle' }}
    />
  );
}
