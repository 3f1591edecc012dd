import { useState } from 'react';
import { Drawer, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type Query } from '../../kernel/api-client.js';
import { common, useI18n } from '../../kernel/i18n.js';
import type { FigureRecord } from './api-types.js';
import { dText, satisfactionText, statusText } from './messages.js';
import { demandsKey, fmtDateTime } from './useDemands.js';

/** A number on the analytics page: the drill query that lists the demands it counts (GET /demand-analytics/drill). */
export interface Drill {
  title: string;
  params: Omit<Query<'/api/v1/demand-analytics/drill', 'get'>, 'page' | 'pageSize'>;
}

const PAGE_SIZE = 20;

/** The demands behind a number on the analytics page. */
export function DrillDrawer({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: [...demandsKey, 'drill', drill?.params, page],
    queryFn: () => unwrap(client.GET('/api/v1/demand-analytics/drill', { params: { query: { ...drill!.params, page, pageSize: PAGE_SIZE } } })),
    enabled: drill != null,
  });
  return (
    <Drawer open={drill != null} onClose={onClose} size={860} title={drill ? t(dText.drill, { name: drill.title }) : ''} destroyOnHidden afterOpenChange={(o) => o || setPage(1)}>
      <Table<FigureRecord>
        rowKey="id"
        size="small"
        data-testid="drill-table"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => t(common.total, { n }) }}
        columns={[
          { title: t(dText.trackingCode), dataIndex: 'trackingCode', width: 160 },
          { title: t(dText.title), dataIndex: 'title', ellipsis: true },
          { title: t(dText.department), dataIndex: 'orgName', width: 180, render: (v: string | null) => v ?? '—' },
          { title: t(dText.status), dataIndex: 'status', width: 90, render: (v: string) => <Tag>{statusText[v] ? t(statusText[v]) : v}</Tag> },
          { title: t(dText.rate), dataIndex: 'satisfaction', width: 100, render: (v: FigureRecord['satisfaction']) => (v ? t(satisfactionText[v]) : '—') },
          { title: t(dText.receivedAt), dataIndex: 'receivedAt', width: 150, render: (v: string) => fmtDateTime(v, lang) },
        ]}
      />
    </Drawer>
  );
}
