import { useState } from 'react';
import { Alert, Button, Drawer, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import type { FigureQuery } from './cockpit.api.js';
import { figuresApi } from './cockpit.api.js';
import { ckText, fieldText } from './messages.js';
import { useRecords } from './useFigures.js';

const PAGE_SIZE = 20;
// ISO instants, and PostgreSQL's text form of a timestamptz ('2026-11-18 06:00:00+00').
const instant = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function when(v: string): string | null {
  const m = instant.exec(v);
  if (!m) return null;
  const z = m[3];
  const zone = z === undefined || z === 'Z' ? (z ?? '') : z.length === 3 ? `${z}:00` : `${z.slice(0, 3)}:${z.slice(-2)}`;
  const d = dayjs(`${m[1]}T${m[2]}${zone}`);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : null;
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return when(v) ?? v;
  if (typeof v === 'number') return v.toLocaleString();
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  return JSON.stringify(v);
}

/** The figure that was clicked: its records are those counted in its value, for the same scope and period. */
export interface DrillTarget {
  name: string;
  label: string;
  q: FigureQuery;
}

/** The records behind a number: a paged table of whatever fields the metric lists, exportable to Excel. */
export function RecordsDrawer({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const list = useRecords(target?.name ?? null, target?.q ?? {}, page, PAGE_SIZE);
  const rows = list.data?.items ?? [];
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !/Path$|^orgId$|^personId$/.test(k));
  const exportXlsx = async () => {
    if (!target) return;
    setExporting(true);
    try {
      await figuresApi.exportRecords(target.name, target.q);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Drawer
      open={target != null}
      onClose={onClose}
      size={960}
      destroyOnHidden
      afterOpenChange={(o) => o || setPage(1)}
      title={target ? t(ckText.recordsOf, { name: target.label }) : ''}
      extra={
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="cockpit-records-export" disabled={!list.data?.total}>
          {t(ckText.export)}
        </Button>
      }
    >
      {list.isError ? (
        <Alert type="error" showIcon title={t(ckText.loadFailed)} action={<Button size="small" onClick={() => void list.refetch()}>{t(ckText.retry)}</Button>} />
      ) : (
        <Table<Record<string, unknown>>
          data-testid="cockpit-records"
          size="small"
          rowKey={(r) => String(r.id ?? JSON.stringify(r))}
          loading={list.isFetching}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState /> }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => t(common.total, { n }) }}
          columns={keys.map((k) => ({ key: k, dataIndex: k, title: fieldText[k] ? t(fieldText[k]) : k, render: (v: unknown) => show(v), ellipsis: true }))}
        />
      )}
    </Drawer>
  );
}
