import { useState } from 'react';
import { Button, Form, InputNumber, Input, Modal, Popconfirm, Select, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useAuth } from '../../kernel/auth.js';
import { useFormSave } from '../../kernel/use-form-save.js';
import type { Query } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { communityApi, communityKey, type HoursRow } from './community.api.js';
import { cText as m, statusColor, type HoursStatus } from './messages.js';
import { ReasonDialog } from './ReasonDialog.js';
import { ActivityHoursCard } from './ActivityHoursCard.js';
import { fmtDay, fmtHours } from './useCommunity.js';
import { validValues } from '../../kernel/form-values.js';

type Q = Query<'/api/v1/community/hours', 'get'>;

/**
 * Service hours: community staff confirm them (one by one or in bulk) or return them with a reason;
 * the organiser who recorded them adjusts returned ones (谁组织谁记录).
 */
export default function HoursQueuePage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const qc = useQueryClient();
  const staff = can('community.staff');
  const organiser = can('community.write');
  const [selected, setSelected] = useState<number[]>([]);
  const [returning, setReturning] = useState<number | null>(null);
  const [adjusting, setAdjusting] = useState<HoursRow | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: communityKey });
  const confirm = useMutation({
    mutationFn: communityApi.confirmHours,
    onSuccess: (r, ids) => {
      showSuccess(t(m.hoursConfirmed, { n: r?.count ?? ids.length }));
      setSelected([]);
      void refresh();
    },
  });

  const columns: TableProps<HoursRow>['columns'] = [
    { title: t(m.member), dataIndex: 'name', width: 100 },
    { title: t(m.organisation), dataIndex: 'orgName', width: 150, ellipsis: true },
    { title: t(m.activity), dataIndex: 'activityTitle', render: (v: string, r) => <Link to={`/activities/${r.activityId}`}>{v}</Link> },
    { title: t(m.community), dataIndex: 'communityName', width: 150, ellipsis: true },
    { title: t(m.time), dataIndex: 'activityStartsAt', width: 110, render: fmtDay },
    { title: t(m.recorded), dataIndex: 'recordedHours', width: 90, render: fmtHours },
    {
      title: t(m.adjusted),
      dataIndex: 'adjustedHours',
      width: 110,
      render: (v: number | null, r) => (v == null ? '—' : <span title={r.adjustReason ?? undefined}>{fmtHours(v)}</span>),
    },
    {
      title: t(m.status),
      dataIndex: 'status',
      width: 130,
      render: (s: HoursStatus, r) => (
        <Space size={2} orientation="vertical">
          <Tag color={statusColor[s]}>{t(m.hoursStatus[s])}</Tag>
          {s === 'returned' && r.returnReason && <span style={{ fontSize: 12, color: '#c8161d' }}>{r.returnReason}</span>}
        </Space>
      ),
    },
    {
      title: t(common.actions),
      key: 'actions',
      width: 130,
      render: (_, r) => (
        <Space size={4}>
          {staff && r.status === 'pending' && (
            <>
              <Popconfirm title={t(m.confirmOne)} onConfirm={() => confirm.mutateAsync([r.id])}>
                <a>{t(m.confirm)}</a>
              </Popconfirm>
              <a style={{ color: '#c8161d' }} onClick={() => setReturning(r.id)}>
                {t(m.returnHours)}
              </a>
            </>
          )}
          {organiser && r.status !== 'confirmed' && <a onClick={() => setAdjusting(r)}>{t(m.adjust)}</a>}
        </Space>
      ),
    },
  ];

  return (
    <ListPage<HoursRow, Q>
      title={t(m.hoursQueue)}
      subTitle={<Link to="/cockpit">{t(m.figuresHint)}</Link>}
      extra={
        staff && (
          <Popconfirm title={t(m.bulkConfirmConfirm, { n: selected.length })} disabled={!selected.length} onConfirm={() => confirm.mutateAsync(selected)}>
            <Button type="primary" icon={<CheckOutlined />} disabled={!selected.length} loading={confirm.isPending} data-testid="hours-bulk-confirm">
              {t(m.bulkConfirm, { n: selected.length })}
            </Button>
          </Popconfirm>
        )
      }
      queryKey={[...communityKey, 'hours']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, status: s.get('status') as Q['status'], activityId: Number(s.get('activityId')) || undefined })}
      fetch={staff ? communityApi.hoursQueue : communityApi.hours}
      columns={columns}
      header={(s) => {
        // One activity's hours (from a claim or the activity's page): the organiser works from its attendance.
        const activityId = Number(s.get('activityId')) || 0;
        return organiser && !staff && activityId > 0 ? <ActivityHoursCard activityId={activityId} /> : null;
      }}
      search={{ placeholder: t(m.searchPerson) }}
      filters={(s) => (
        <Select
          allowClear={!staff}
          placeholder={t(m.status)}
          value={s.get('status') ?? (staff ? 'pending' : undefined)}
          onChange={(v) => s.set({ status: v })}
          options={Object.entries(m.hoursStatus).map(([k, v]) => ({ value: k, label: t(v) }))}
          style={{ width: 130 }}
        />
      )}
      emptyText={t(m.noPendingHours)}
      table={{
        'data-testid': 'hours-table',
        size: 'middle',
        rowSelection: staff ? { selectedRowKeys: selected, onChange: (k) => setSelected(k.map(Number)), getCheckboxProps: (r) => ({ disabled: r.status !== 'pending' }) } : undefined,
      }}
    >
      <ReasonDialog
        open={returning !== null}
        title={t(m.returnTitle)}
        onClose={() => setReturning(null)}
        onSubmit={(reason) =>
          communityApi.returnHours([returning!], reason).then(() => {
            showSuccess(t(m.hoursReturned));
            void refresh();
          })
        }
      />
      <AdjustDialog row={adjusting} onClose={() => setAdjusting(null)} />
    </ListPage>
  );
}

function AdjustDialog({ row, onClose }: { row: HoursRow | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ hours: number; reason: string }>();
  const adjust = useFormSave(form, (v: { hours: number; reason: string }) => communityApi.adjustHours(row!.id, v.hours, v.reason.trim()), { invalidate: communityKey, onDone: onClose });
  return (
    <Modal
      open={!!row}
      title={`${t(m.adjustTitle)}${t(punct.colon)}${row?.name ?? ''}`}
      onCancel={onClose}
      onOk={async () => {
        const v = await validValues(form);
        if (v) adjust.mutate(v);
      }}
      confirmLoading={adjust.isPending}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ hours: row ? Number(row.hours) : 0 }}>
        <Form.Item name="hours" label={t(m.hours)} rules={[{ required: true }]}>
          <InputNumber min={0} max={24} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t(m.adjustReason)} rules={[{ required: true, whitespace: true, message: t(m.reasonRequired) }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
