import { useState } from 'react';
import { Button, Form, Modal, Space, Tag, type TableProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { ReasonDialog } from '../community/ReasonDialog.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { AccountIssued } from './AccountIssued.js';
import { EntrepreneurDrawer } from './EntrepreneurDrawer.js';
import { EntrepreneurFilters } from './Filters.js';
import { pText as m } from './messages.js';
import { pairingApi, pairingKey, type Entrepreneur, type EntrepreneurQuery, type Reviewed } from './pairing.api.js';
import { fmtTime } from './usePairing.js';

/** 登记审核: self-registrations waiting, oldest first; approve (optionally handing over to an organisation) or reject with a reason. */
export default function ReviewQueuePage() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [open, setOpen] = useState<number | null>(null);
  const [approving, setApproving] = useState<Entrepreneur | null>(null);
  const [rejecting, setRejecting] = useState<Entrepreneur | null>(null);
  const [issued, setIssued] = useState<Reviewed | null>(null);
  const columns: TableProps<Entrepreneur>['columns'] = [
    { title: t(m.name), dataIndex: 'name', width: 110, render: (v: string, e) => <a onClick={() => setOpen(e.id)}>{v}</a> },
    { title: t(m.company), dataIndex: 'company', ellipsis: true },
    { title: t(m.creditCode), dataIndex: 'creditCode', width: 190 },
    { title: t(m.sector), dataIndex: 'sectorName', width: 110 },
    { title: t(m.district), dataIndex: 'districtName', width: 100 },
    { title: t(m.phone), dataIndex: 'phone', width: 130 },
    { title: t(m.source), dataIndex: 'source', width: 100, render: (v: Entrepreneur['source']) => <Tag>{t(v === 'self' ? m.sourceSelf : m.sourceStaff)}</Tag> },
    { title: t(m.registeredAt), dataIndex: 'createdAt', width: 150, render: (v: string) => fmtTime(v, lang) },
    {
      title: t(common.actions),
      key: 'actions',
      width: 150,
      render: (_: unknown, e) => (
        <Space>
          <Button size="small" type="primary" onClick={() => setApproving(e)} data-testid={`approve-${e.id}`}>
            {t(m.approve)}
          </Button>
          <Button size="small" danger onClick={() => setRejecting(e)} data-testid={`reject-${e.id}`}>
            {t(m.reject)}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <ListPage<Entrepreneur, EntrepreneurQuery>
      title={t(m.reviewQueue)}
      queryKey={[...pairingKey, 'entrepreneurs', 'pending']}
      query={(s) => ({
        page: s.page,
        pageSize: s.pageSize,
        q: s.q,
        status: 'pending',
        sector: s.get('sector') as EntrepreneurQuery['sector'],
        districtCode: s.get('districtCode') as EntrepreneurQuery['districtCode'],
      })}
      fetch={pairingApi.entrepreneurs}
      columns={columns}
      search={{ placeholder: t(m.searchEntrepreneur), width: 280 }}
      filters={(s) => <EntrepreneurFilters s={s} withStatus={false} />}
      emptyText={t(m.noPending)}
      table={{ 'data-testid': 'review-table', size: 'middle' }}
    >
      <EntrepreneurDrawer id={open} onClose={() => setOpen(null)} />
      <ApproveDialog
        entrepreneur={approving}
        onClose={() => setApproving(null)}
        onDone={(r) => {
          setApproving(null);
          setIssued(r);
        }}
      />
      <ReasonDialog
        open={!!rejecting}
        title={`${t(m.rejectTitle)} · ${rejecting?.name ?? ''}`}
        message={t(m.rejectMessage)}
        onClose={() => setRejecting(null)}
        onSubmit={async (reason) => {
          await pairingApi.reject(rejecting!.id, reason);
          showSuccess(t(m.rejectedDone));
          await qc.invalidateQueries({ queryKey: pairingKey });
        }}
      />
      <AccountIssued account={issued?.account ?? null} name={issued?.entrepreneur.name} onClose={() => setIssued(null)} />
    </ListPage>
  );
}

/** Approving issues the account; the entrepreneur may be handed to an organisation of the caller's scope. */
function ApproveDialog({ entrepreneur, onClose, onDone }: { entrepreneur: Entrepreneur | null; onClose: () => void; onDone: (r: Reviewed) => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ orgId?: number }>();
  const approve = useMutation({
    mutationFn: (orgId?: number) => pairingApi.approve(entrepreneur!.id, { orgId }),
    onSuccess: (r) => {
      showSuccess(t(m.approved));
      void qc.invalidateQueries({ queryKey: pairingKey });
      onDone(r);
    },
  });
  return (
    <Modal
      open={!!entrepreneur}
      title={`${t(m.approveTitle)} · ${entrepreneur?.name ?? ''}`}
      onOk={() => approve.mutate(form.getFieldValue('orgId'))}
      onCancel={onClose}
      confirmLoading={approve.isPending}
      okText={t(m.approve)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <p>
        {entrepreneur?.company} · {entrepreneur?.creditCode}
      </p>
      <p style={{ color: '#888' }}>{t(m.approveHint)}</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="orgId" label={t(m.handOverTo)}>
          <OrgTreeSelect style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
