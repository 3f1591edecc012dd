import { useState } from 'react';
import { Button, Input, Segmented, Tag } from 'antd';
import { punct, useI18n } from '../../kernel/i18n.js';
import { showSuccess } from '../../kernel/feedback.js';
import { PageContainer } from '../../kernel/ui.js';
import { ActionDialog, type DialogKind } from './ActionDialog.js';
import { DemandDrawer } from './DemandDrawer.js';
import { DemandTable } from './DemandTable.js';
import type { Demand, DemandStatus } from './api-types.js';
import { dText } from './messages.js';
import { useDemandList } from './useDemands.js';

const PAGE_SIZE = 20;

/** 派单台: what waits for a department (new or returned) and what the rules already dispatched. */
export default function DispatchBoard() {
  const { t } = useI18n();
  const [status, setStatus] = useState<DemandStatus>('received');
  const [page, setPage] = useState(1);
  const [code, setCode] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const [dialog, setDialog] = useState<{ kind: DialogKind; d: Demand } | null>(null);
  // A tracking code finds the demand whatever its state.
  const list = useDemandList({ ...(code ? { code } : { status }), page, pageSize: PAGE_SIZE });

  return (
    <PageContainer title={t(dText.dispatch)} subTitle={t(dText.dispatchSub)}>
      <div className="vg-toolbar">
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v as DemandStatus);
            setPage(1);
          }}
          options={[
            { value: 'received', label: t(dText.toDispatch) },
            { value: 'dispatched', label: t(dText.dispatchedList) },
          ]}
        />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t(dText.searchCode)}
          aria-label={t(dText.searchCode)}
          data-testid="dispatch-code-search"
          onSearch={(v) => {
            setCode(v.trim());
            setPage(1);
          }}
        />
      </div>
      <DemandTable
        testId="dispatch-table"
        data={list.data}
        loading={list.isLoading}
        onOpen={(d) => setOpen(d.id)}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        extra={[{ title: t(dText.returnReason), dataIndex: 'returnReason', width: 160, render: (v: string | null) => (v ? <Tag color="orange">{`${t(dText.returned)}${t(punct.colon)}${v}`}</Tag> : '—') }]}
        actions={(d) =>
          d.status === 'received' ? (
            <Button size="small" type="primary" onClick={() => setDialog({ kind: 'dispatch', d })} data-testid={`dispatch-${d.trackingCode}`}>
              {t(dText.dispatchTo)}
            </Button>
          ) : d.status === 'dispatched' ? (
            <Button size="small" onClick={() => setDialog({ kind: 'redispatch', d })} data-testid={`redispatch-${d.trackingCode}`}>
              {t(dText.redispatch)}
            </Button>
          ) : null
        }
      />
      <DemandDrawer id={open} mode="dispatch" onClose={() => setOpen(null)} />
      {dialog && (
        <ActionDialog
          kind={dialog.kind}
          demandId={dialog.d.id}
          defaultOrgId={dialog.d.orgId}
          onClose={(done) => {
            setDialog(null);
            if (done) showSuccess(t(dText.done));
          }}
        />
      )}
    </PageContainer>
  );
}
