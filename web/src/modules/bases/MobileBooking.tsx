import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Result, Select, TimePicker } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { ApiError } from '../../kernel/api.js';
import { errorText } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { validValues } from '../../kernel/form-values.js';
import { useI18n, punct } from '../../kernel/i18n.js';
import { MobileBar } from '../me/MobileBar.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import { bText as m } from './messages.js';
import { basesApi, basesKey, type Booking, type BookingBody } from './bases.api.js';
import { fmtRange } from './format.js';

interface Holder {
  title: string;
  orgName: string;
  startsAt: string;
  endsAt: string;
  status: 'pending' | 'approved';
}

interface Values {
  venueId: number;
  orgId: number;
  title: string;
  day: Dayjs;
  times: [Dayjs, Dayjs];
  expectedAttendees?: number;
}

/**
 * 阵地预约 on the phone, for an organisation's admin or branch secretary: a bookable venue, a day and a time, through
 * the same booking route as the desktop; a slot already held is refused and the booking holding it is shown.
 */
export default function MobileBooking() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const venues = useQuery({ queryKey: [...basesKey, 'bookable'], queryFn: () => basesApi.bookable() });
  const [refused, setRefused] = useState<{ holder: Holder | null; text: string } | null>(null);
  const [done, setDone] = useState<Booking | null>(null);
  const save = useMutation({
    mutationFn: ({ venueId, body }: { venueId: number; body: BookingBody }) => basesApi.book(venueId, body),
    meta: { silent: true },
    onSuccess: (b) => {
      setRefused(null);
      setDone(b);
      void qc.invalidateQueries({ queryKey: basesKey });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) setRefused({ holder: (err.details as { booking?: Holder | null } | null)?.booking ?? null, text: errorText(err) });
      else if (!applyFieldErrors(form, err)) setRefused({ holder: null, text: errorText(err) });
    },
  });
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const at = (time: Dayjs) => v.day.hour(time.hour()).minute(time.minute()).second(0).millisecond(0).toISOString();
    save.mutate({ venueId: v.venueId, body: { orgId: v.orgId, title: v.title, startsAt: at(v.times[0]), endsAt: at(v.times[1]), expectedAttendees: v.expectedAttendees ?? 0, note: '' } });
  };
  const required = (name: { zh: string; en: string }) => [{ required: true, message: t(m.required, { name: t(name) }) }];

  return (
    <>
      <MobileBar title={t(m.bookTitle)} />
      <div className="vg-m-page">
        {done ? (
          <Card variant="borderless">
            <Result
              status="success"
              title={t(done.status === 'pending' ? { zh: '预约申请已提交，等待阵地所属组织审批', en: 'Request sent; the owner decides' } : m.booked)}
              subTitle={`${done.venueName} · ${fmtRange(done.startsAt, done.endsAt, lang)}`}
              extra={<Button onClick={() => setDone(null)}>{t({ zh: '继续预约', en: 'Book another' })}</Button>}
              data-testid="m-booking-done"
            />
          </Card>
        ) : (
          <Card variant="borderless">
            {refused && (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="m-booking-conflict"
                message={refused.holder ? t(m.conflict) : refused.text}
                description={refused.holder ? t(m.conflictWith, { title: refused.holder.title, org: refused.holder.orgName, time: fmtRange(refused.holder.startsAt, refused.holder.endsAt, lang), status: t(m[refused.holder.status]) }) : undefined}
              />
            )}
            <Form form={form} layout="vertical" data-testid="m-booking-form">
              <Form.Item name="venueId" label={t(m.venue)} rules={required(m.venue)}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={venues.isLoading}
                  placeholder={t(m.venues)}
                  options={(venues.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.name}${v.needsApproval ? `${t(punct.open)}${t(m.needsApproval)}${t(punct.close)}` : ''}` }))}
                />
              </Form.Item>
              <Form.Item name="orgId" label={t(m.bookingOrg)} rules={required(m.bookingOrg)}>
                <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="title" label={t(m.eventTitle)} rules={required(m.eventTitle)}>
                <Input maxLength={120} placeholder="主题党日" />
              </Form.Item>
              <Form.Item name="day" label={t({ zh: '日期', en: 'Day' })} rules={required({ zh: '日期', en: 'Day' })}>
                <DatePicker style={{ width: '100%' }} inputReadOnly />
              </Form.Item>
              <Form.Item name="times" label={t(m.time)} rules={required(m.time)}>
                <TimePicker.RangePicker format="HH:mm" minuteStep={15} style={{ width: '100%' }} inputReadOnly />
              </Form.Item>
              <Form.Item name="expectedAttendees" label={t(m.expected)}>
                <InputNumber min={0} max={100000} style={{ width: '100%' }} />
              </Form.Item>
              <Button type="primary" block onClick={submit} loading={save.isPending} data-testid="m-booking-submit">
                {t(m.book)}
              </Button>
            </Form>
          </Card>
        )}
      </div>
    </>
  );
}
