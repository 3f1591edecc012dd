import { useState } from 'react';
import { Button, DatePicker, Statistic, Table } from 'antd';
import { ArrowUpOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { client, unwrap } from '../../kernel/api-client.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { useOrgTree } from '../org/useOrgTree.js';
import { pText as m } from './messages.js';
import { practiceKey } from './ProjectsPage.js';
import type { OrgCount } from './practice.api-types.js';

/** Reports submitted and approved for each organisation under the chosen one; a row drills down. */
export default function StatsPage() {
  const { t } = useI18n();
  const [orgId, setOrgId] = useState<number | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const tree = useOrgTree();
  const { data, isFetching } = useQuery({
    queryKey: [...practiceKey, 'stats', orgId, range?.[0]?.valueOf(), range?.[1]?.valueOf()],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/practice/stats', {
          params: { query: { orgId, from: range?.[0]?.startOf('day').toISOString(), to: range?.[1]?.add(1, 'day').startOf('day').toISOString() } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const current = tree.data?.find((n) => n.id === (orgId ?? data?.total.orgId));
  const parentInScope = current?.parentId != null && tree.data?.some((n) => n.id === current.parentId);

  return (
    <PageContainer title={t(m.stats)} subTitle={t(m.statsSub)}>
      <div className="vg-toolbar">
        <OrgTreeSelect value={orgId ?? data?.total.orgId} onChange={setOrgId} allowClear={false} style={{ width: 280 }} />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v as typeof range)} allowEmpty={[true, true]} />
        {parentInScope && (
          <Button icon={<ArrowUpOutlined />} onClick={() => setOrgId(current?.parentId ?? undefined)}>
            {t(m.up)}
          </Button>
        )}
      </div>
      {data && (
        <div style={{ display: 'flex', gap: 48, marginBottom: 16 }}>
          <Statistic title={`${data.total.orgName} · ${t(m.submittedCount)}`} value={data.total.submitted} />
          <Statistic title={t(m.approvedCount)} value={data.total.approved} styles={{ content: { color: '#c8161d' } }} />
        </div>
      )}
      <Table<OrgCount>
        rowKey="orgId"
        loading={isFetching}
        dataSource={data?.children ?? []}
        locale={{ emptyText: <EmptyState /> }}
        pagination={{ pageSize: 20, showTotal: (n) => t(common.total, { n }) }}
        onRow={(r) => ({ onClick: () => setOrgId(r.orgId), style: { cursor: 'pointer' } })}
        columns={[
          { title: t(m.org), dataIndex: 'orgName', render: (v: string) => <a>{v}</a> },
          { title: t(m.submittedCount), dataIndex: 'submitted', width: 120, sorter: (a, b) => a.submitted - b.submitted },
          { title: t(m.approvedCount), dataIndex: 'approved', width: 120, sorter: (a, b) => a.approved - b.approved },
        ]}
        data-testid="practice-stats"
      />
    </PageContainer>
  );
}
