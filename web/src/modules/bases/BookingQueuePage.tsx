import { useState } from 'react';
import { Button, Space, type TableProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { ReasonDialog } from '../community/ReasonDialog.js';
import { bText as m } from './messages.js';
import { basesApi, basesKey, type Booking, type QueueQuery } from './bases.api.js';
import { fmtRange } from './format.js';

/** 预约审批: requests at the caller's venues, oldest first; approve, or reject with a reason. */
export default function BookingQueuePage() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [rejecting, setRejecting] = useState<Booking | null>(null);
  const done = () => {
    showSuccess(t(common.saved));
    void qc.invalidateQueries({ queryKey: basesKey });
  };
  const approve = useMutation({ mutationFn: (b: Booking) => basesApi.approve(b.id), onSuccess: done });
  const reject = useMutation({ mutationFn: ({ b, note }: { b: Booking; note: string }) => basesApi.reject(b.id, note), onSuccess: () => (setRejecting(null), done()) });
  const columns: TableProps<Booking>['columns'] = [
    { title: t(m.venue), dataIndex: 'venueName', ellipsis: true },
    { title: t(m.eventTitle), dataIndex: 'title', ellipsis: true },
    { title: t(m.bookingOrg), dataIndex: 'orgName', width: 180, ellipsis: true },
    { title: t(m.time), key: 'time', width: 220, render: (_: unknown, b) => fmtRange(String(b.startsAt), String(b.endsAt), lang) },
    { title: t(m.expected), dataIndex: 'expectedAttendees', width: 90 },
    {
      title: t(common.actions),
      key: 'actions',
      width: 170,
      render: (_: unknown, b) => (
        <Space>
          <Button size="small" type="primary" data-testid={`approve-${b.id}`} onClick={() => modal().confirm({ title: t(m.confirmApprove), content: `${b.venueName}${t(punct.colon)}${b.title}`, onOk: () => approve.mutateAsync(b) })}>
            {t(m.approve)}
          </Button>
          <Button size="small" danger data-testid={`reject-${b.id}`} onClick={() => setRejecting(b)}>
            {t(m.reject)}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <ListPage<Booking, QueueQuery>
      title={t(m.queue)}
      queryKey={[...basesKey, 'queue']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q })}
      fetch={basesApi.queue}
      columns={columns}
      search={{ placeholder: t(m.searchVenue), width: 240 }}
      emptyText={t(m.noPending)}
      table={{ 'data-testid': 'queue-table', size: 'middle' }}
    >
      <ReasonDialog
        open={!!rejecting}
        title={`${t(m.reject)} · ${rejecting?.title ?? ''}`}
        message={t(m.rejectReason)}
        onClose={() => setRejecting(null)}
        onSubmit={(note: string) => reject.mutateAsync({ b: rejecting!, note })}
      />
    </ListPage>
  );
}
