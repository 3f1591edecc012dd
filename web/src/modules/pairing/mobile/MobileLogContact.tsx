import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, List, Radio, Result } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router';
import { errorText, showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { ContactItem } from '../ContactsDrawer.js';
import { FormError } from '../FormError.js';
import { pText as m } from '../messages.js';
import { pairingApi, pairingKey, type ContactBody } from '../pairing.api.js';

type Values = Omit<ContactBody, 'happenedAt' | 'followUpDue'> & { happenedAt: Dayjs; followUpDue?: Dayjs | null };
const kinds = ['visit', 'call', 'meeting', 'online'] as const;

/** 记录联系: the cadre logs a visit, call, meeting or online contact with their entrepreneur; the log of the pair below. */
export default function MobileLogContact() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const pairId = Number(useParams().id);
  const [form] = Form.useForm<Values>();
  const [otherError, setOtherError] = useState<unknown>(null);
  const pairs = useQuery({ queryKey: [...pairingKey, 'my-pairs'], queryFn: pairingApi.myPairs });
  const pair = pairs.data?.items.find((p) => p.id === pairId);
  const log = useQuery({ queryKey: [...pairingKey, 'my-contacts', pairId], queryFn: () => pairingApi.myPairContacts(pairId), enabled: !!pair });
  const save = useMutation({
    mutationFn: (v: Values) =>
      pairingApi.logContact(pairId, {
        kind: v.kind,
        topic: v.topic,
        notes: v.notes ?? '',
        followUp: v.followUp ?? '',
        followUpDue: v.followUpDue ? v.followUpDue.format('YYYY-MM-DD') : undefined,
        happenedAt: v.happenedAt.toISOString(),
      }),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(m.contactSaved));
      form.resetFields();
      void qc.invalidateQueries({ queryKey: pairingKey });
    },
    onError: (err) => setOtherError(applyFieldErrors(form, err) ? null : err),
  });
  return (
    <>
      <MobileBar title={t(m.logContact)} back="/m/pairing" />
      <div className="vg-m-page" data-testid="m-log-contact">
        {pairs.isLoading ? (
          <Loading />
        ) : !pair ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={pairs.error ? errorText(pairs.error) : t(m.noMyPairs)} />
          </Card>
        ) : (
          <>
            <Card size="small" variant="borderless">
              <strong>{pair.entrepreneurName}</strong> · {pair.company}
            </Card>
            <Card size="small" variant="borderless">
              <FormError err={otherError} />
              <Form
                form={form}
                layout="vertical"
                initialValues={{ kind: 'visit', happenedAt: dayjs() }}
                onFinish={(v) => {
                  setOtherError(null);
                  save.mutate(v);
                }}
              >
                <Form.Item name="kind" label={t(m.kind)} rules={[{ required: true }]}>
                  <Radio.Group optionType="button" buttonStyle="solid" data-testid="m-contact-kind">
                    {kinds.map((k) => (
                      <Radio.Button key={k} value={k}>
                        {t(m.kinds[k])}
                      </Radio.Button>
                    ))}
                  </Radio.Group>
                </Form.Item>
                <Form.Item name="happenedAt" label={t(m.happenedAt)} rules={[{ required: true, message: t(m.required, { name: t(m.happenedAt) }) }]}>
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" inputReadOnly style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                </Form.Item>
                <Form.Item name="topic" label={t(m.topic)} rules={[{ required: true, whitespace: true, message: t(m.required, { name: t(m.topic) }) }, { min: 2, max: 100 }]}>
                  <Input maxLength={100} data-testid="m-contact-topic" />
                </Form.Item>
                <Form.Item name="notes" label={t(m.notes)} rules={[{ max: 4000 }]}>
                  <Input.TextArea rows={4} maxLength={4000} data-testid="m-contact-notes" />
                </Form.Item>
                <Form.Item name="followUp" label={t(m.followUp)} rules={[{ max: 1000 }]}>
                  <Input.TextArea rows={2} maxLength={1000} />
                </Form.Item>
                <Form.Item name="followUpDue" label={t(m.followUpDue)}>
                  <DatePicker inputReadOnly style={{ width: '100%' }} />
                </Form.Item>
                <Button type="primary" htmlType="submit" block size="large" loading={save.isPending} data-testid="m-contact-submit">
                  {t(m.logContact)}
                </Button>
              </Form>
            </Card>
            <Card size="small" variant="borderless" title={t(m.contacts)}>
              <List
                loading={log.isLoading}
                dataSource={log.data?.items ?? []}
                locale={{ emptyText: <EmptyState description={t(m.noContacts)} /> }}
                renderItem={(c) => <ContactItem c={c} />}
              />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
