import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, List, Row, Select, Tag, Typography } from 'antd';
import type { RefSelectProps } from 'antd/es/select';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Body } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { PageContainer } from '../../kernel/ui.js';
import type { Demand, Similar } from './api-types.js';
import { dText, statusText } from './messages.js';
import { descriptionCount, descriptionRules, phoneRule } from './field-rules.js';
import { categoryLabel, demandsKey, fmtDateTime, useDemandOptions } from './useDemands.js';
import { validValues } from '../../kernel/form-values.js';

type Values = Omit<Body<'/api/v1/demands', 'post'>, 'channel' | 'clientRequestId'>;

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

/** Hotline intake: one screen, keyboard only; duplicates of the last week show while typing. */
export default function IntakePage() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const options = useDemandOptions();
  const first = useRef<RefSelectProps>(null);
  const requestId = useRef(crypto.randomUUID());
  const [last, setLast] = useState<Demand | null>(null);
  const district = Form.useWatch('districtCode', form);
  const category = Form.useWatch('categoryCode', form);
  const text = useDebounced(Form.useWatch('description', form) ?? '', 400);

  const similar = useQuery({
    queryKey: [...demandsKey, 'similar', text, district, category],
    queryFn: () => unwrap(client.GET('/api/v1/demands/similar', { params: { query: { text, district, categoryCode: category } } })),
    enabled: text.trim().length >= 2 && !!district,
    meta: { silent: true },
  });

  const create = useMutation({
    mutationFn: (v: Values) => unwrap(client.POST('/api/v1/demands', { body: { ...v, streetCode: v.streetCode ?? null, citizenPhone: v.citizenPhone || null, citizenName: v.citizenName || null, channel: 'hotline', clientRequestId: requestId.current } })),
    meta: { silent: true },
    onSuccess: (d) => {
      setLast(d);
      requestId.current = crypto.randomUUID();
      form.resetFields();
      void qc.invalidateQueries({ queryKey: demandsKey });
      first.current?.focus();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err)) form.setFields([{ name: 'description', errors: [err.message] }]);
    },
  });

  const submit = () => void validValues(form).then((v) => v && create.mutate(v));
  const streets = (options.data?.streets ?? []).filter((s) => s.district === district);
  const cats = options.data?.categories ?? [];

  return (
    <PageContainer title={t(dText.intake)} subTitle={t(dText.intakeSub)} card={false}>
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Card variant="borderless">
            {last && (
              <Alert
                style={{ marginBottom: 16 }}
                type="success"
                showIcon
                data-testid="intake-result"
                title={t(dText.created, { code: last.trackingCode })}
                description={last.orgName ? t(dText.autoDispatched, { org: last.orgName }) : t(dText.notDispatched)}
              />
            )}
            <Form
              form={form}
              layout="vertical"
              onFinish={() => submit()}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  submit();
                }
              }}
            >
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item name="categoryCode" label={t(dText.category)} rules={[{ required: true }]}>
                    <Select
                      ref={first}
                      autoFocus
                      showSearch={{ filterOption: (input, o) => `${o?.label ?? ''} ${o?.value ?? ''}`.toLowerCase().includes(input.toLowerCase()) }}
                      data-testid="intake-category"
                      options={cats.map((c) => ({ value: c.code, label: categoryLabel(lang, c) }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="districtCode" label={t(dText.district)} rules={[{ required: true }]}>
                    <Select showSearch={{ optionFilterProp: 'label' }} options={(options.data?.districts ?? []).map((d) => ({ value: d.code, label: d.name }))} onChange={() => form.setFieldValue('streetCode', undefined)} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="streetCode" label={t(dText.street)}>
                    <Select allowClear showSearch={{ optionFilterProp: 'label' }} disabled={!district} options={streets.map((s) => ({ value: s.code, label: s.name }))} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="description" label={t(dText.description)} extra={t(dText.descriptionHint)} rules={descriptionRules}>
                <Input.TextArea rows={5} data-testid="intake-description" count={descriptionCount} />
              </Form.Item>
              <Form.Item name="address" label={t(dText.address)}>
                <Input />
              </Form.Item>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="citizenName" label={t(dText.name)}>
                    <Input autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="citizenPhone" label={t(dText.phone)} rules={[phoneRule(t)]}>
                    <Input autoComplete="off" inputMode="tel" />
                  </Form.Item>
                </Col>
              </Row>
              <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="intake-submit">
                {t(dText.submit)} <Typography.Text style={{ color: 'inherit', opacity: 0.7, marginInlineStart: 6 }}>Ctrl+Enter</Typography.Text>
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card variant="borderless" title={t(dText.duplicates)} data-testid="intake-similar">
            {!similar.data || similar.data.items.length === 0 ? (
              <Typography.Text type="secondary">{t(dText.noDuplicates)}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={similar.data.items}
                renderItem={(s) => (
                  <List.Item>
                    <List.Item.Meta
                      title={`${s.trackingCode} · ${s.title}`}
                      description={
                        <>
                          <Tag>{statusText[s.status] ? t(statusText[s.status]) : s.status}</Tag>
                          {t(dText.matched, { n: s.matchedWords })} · {fmtDateTime(s.receivedAt, lang)}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
