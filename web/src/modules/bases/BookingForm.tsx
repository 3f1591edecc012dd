import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { ApiError } from '../../kernel/api.js';
import { errorText, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { useI18n } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { bText as m } from './messages.js';
import { basesApi, basesKey, type BookingBody } from './bases.api.js';
import { fmtRange } from './format.js';

interface Holder {
  title: string;
  orgName: string;
  startsAt: string;
  endsAt: string;
  status: 'pending' | 'approved';
}

/** Books the venue; a refused slot shows the booking that holds it (the server's 409 names it). */
export function BookingForm({ venueId }: { venueId: number }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const [refused, setRefused] = useState<{ holder: Holder | null; text: string } | null>(null);
  const save = useMutation({
    mutationFn: (b: BookingBody) => basesApi.book(venueId, b),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(m.booked));
      setRefused(null);
      form.resetFields(['title', 'range', 'note']);
      void qc.invalidateQueries({ queryKey: basesKey });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        const details = err.details as { booking?: Holder | null } | null;
        setRefused({ holder: details?.booking ?? null, text: errorText(err) });
      } else if (!applyFieldErrors(form, err)) setRefused({ holder: null, text: errorText(err) });
    },
  });
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const [from, to] = v.range as [Dayjs, Dayjs];
    save.mutate({ orgId: v.orgId, title: v.title, startsAt: from.toISOString(), endsAt: to.toISOString(), expectedAttendees: v.expectedAttendees ?? 0, note: v.note ?? '', activityId: v.activityId || undefined });
  };
  return (
    <Form form={form} layout="vertical" data-testid="booking-form">
      {refused && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="booking-conflict"
          message={refused.holder ? t(m.conflict) : refused.text}
          description={
            refused.holder ? t(m.conflictWith, { title: refused.holder.title, org: refused.holder.orgName, time: fmtRange(refused.holder.startsAt, refused.holder.endsAt, lang), status: t(m[refused.holder.status]) }) : undefined
          }
        />
      )}
      <Form.Item name="orgId" label={t(m.bookingOrg)} rules={[{ required: true, message: t(m.required, { name: t(m.bookingOrg) }) }]}>
        <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="title" label={t(m.eventTitle)} rules={[{ required: true, message: t(m.required, { name: t(m.eventTitle) }) }]}>
        <Input maxLength={120} placeholder="主题党日" />
      </Form.Item>
      <Form.Item name="activityId" label={t(m.activityId)}>
        <InputNumber min={1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="range" label={t(m.time)} rules={[{ required: true, message: t(m.required, { name: t(m.time) }) }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="expectedAttendees" label={t(m.expected)}>
        <InputNumber min={0} max={100000} />
      </Form.Item>
      <Form.Item name="note" label={t(m.note)}>
        <Input.TextArea maxLength={1000} rows={2} />
      </Form.Item>
      <Button type="primary" onClick={submit} loading={save.isPending} data-testid="booking-submit">
        {t(m.book)}
      </Button>
    </Form>
  );
}
