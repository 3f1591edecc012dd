import type { ReactNode } from 'react';
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { common, useI18n } from '../../kernel/i18n.js';
import type { Page } from '../../kernel/types.js';
import type { Demand } from './api-types.js';
import { dText } from './messages.js';
import { Countdown, LightDot } from './Countdown.js';
import { fmtDateTime, isOpen, lightAt, useNow, waitingResponse } from './useDemands.js';

/** The light as it is right now (the server's value is from the moment of the request). */
function liveLight(d: Demand, now: number) {
  if (!isOpen(d.status)) return null;
  const res = lightAt(now, d.receivedAt, d.resolutionDueAt);
  const resp = waitingResponse(d.status) ? lightAt(now, d.receivedAt, d.responseDueAt) : 'green';
  return res === 'red' || resp === 'red' ? 'red' : res === 'yellow' || resp === 'yellow' ? 'yellow' : 'green';
}

export function DemandTable(props: {
  /** totalCapped: the server counted up to its cap and there are more. */
  data: (Page<Demand> & { totalCapped?: boolean }) | undefined;
  loading: boolean;
  onOpen: (d: Demand) => void;
  actions?: (d: Demand) => ReactNode;
  extra?: ColumnsType<Demand>;
  page?: number;
  pageSize?: number;
  onPage?: (page: number) => void;
  testId?: string;
}) {
  const { t, lang } = useI18n();
  const now = useNow();
  const columns: ColumnsType<Demand> = [
    {
      title: t(dText.trackingCode),
      dataIndex: 'trackingCode',
      width: 170,
      render: (code: string, d) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => props.onOpen(d)} data-testid={`demand-${code}`}>
          {code}
        </Button>
      ),
    },
    { title: t(dText.light), key: 'light', width: 80, render: (_: unknown, d) => <LightDot light={liveLight(d, now)} /> },
    { title: t(dText.dueAt), key: 'countdown', width: 170, render: (_: unknown, d) => <Countdown d={d} now={now} /> },
    {
      title: t(dText.category),
      dataIndex: 'categoryName',
      width: 130,
      render: (v: string | null, d) => (
        <>
          {d.urgent && isOpen(d.status) && (
            <Tag color="red" data-testid="urgent-tag">
              {t(dText.urgent)}
            </Tag>
          )}
          {v}
        </>
      ),
    },
    { title: t(dText.title), dataIndex: 'title', width: 240, ellipsis: true },
    { title: t(dText.department), dataIndex: 'orgName', width: 170, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: t(dText.status), dataIndex: 'status', width: 90, render: (_: unknown, d) => <Tag>{t(d.statusLabel)}</Tag> },
    ...(props.extra ?? []),
    { title: t(dText.receivedAt), dataIndex: 'receivedAt', width: 150, render: (v: string) => <Typography.Text type="secondary">{fmtDateTime(v, lang)}</Typography.Text> },
  ];
  if (props.actions) columns.push({ title: t(common.actions), key: 'actions', width: 160, fixed: 'right', render: (_: unknown, d) => props.actions!(d) });
  return (
    <Table<Demand>
      rowKey="id"
      size="small"
      data-testid={props.testId}
      loading={props.loading}
      columns={columns}
      dataSource={props.data?.items ?? []}
      scroll={{ x: 1400 }}
      pagination={
        props.onPage
          ? { current: props.page, pageSize: props.pageSize, total: props.data?.total ?? 0, onChange: props.onPage, showSizeChanger: false, showTotal: (n) => t(props.data?.totalCapped ? dText.totalCapped : common.total, { n }) }
          : false
      }
    />
  );
}
