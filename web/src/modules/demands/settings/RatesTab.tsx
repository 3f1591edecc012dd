import { useEffect } from 'react';
import { Button, Card, Form, InputNumber, Radio, Switch, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type Answer } from '../../../kernel/api-client.js';
import { validValues } from '../../../kernel/form-values.js';
import { useFormSave } from '../../../kernel/use-form-save.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/ui.js';
import { demandsKey } from '../useDemands.js';
import { setText as s } from '../messages.js';

type Settings = Answer<'/api/v1/demand-settings', 'get'>;

/** How the three rates are counted, how long personal data is kept, and the limits of public submissions. */
export function RatesTab() {
  const { t } = useI18n();
  const [form] = Form.useForm<Settings>();
  const key = [...demandsKey, 'settings'];
  const settings = useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/api/v1/demand-settings')) });
  const save = useFormSave(form, (v: Settings) => unwrap(client.PUT('/api/v1/demand-settings', { body: v })), { invalidate: demandsKey });
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  if (!settings.data) return <Loading />;

  const submit = async () => {
    const v = await validValues(form);
    if (v) save.mutate(v);
  };
  const toggle = (name: keyof Settings, label: typeof s.name) => (
    <Form.Item name={name} label={t(label)} valuePropName="checked">
      <Switch data-testid={`setting-${name}`} />
    </Form.Item>
  );
  const number = (name: keyof Settings, label: typeof s.name, min: number, max: number, extra?: typeof s.name) => (
    <Form.Item name={name} label={t(label)} extra={extra && t(extra)} rules={[{ required: true }, { type: 'number', min, max }]}>
      <InputNumber min={min} max={max} precision={0} data-testid={`setting-${name}`} />
    </Form.Item>
  );

  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 720 }}>
      <Typography.Paragraph type="secondary">{t(s.ratesHelp)}</Typography.Paragraph>
      <Card size="small" title={t(s.responseRate)} style={{ marginBottom: 12 }}>
        {toggle('responseInTimeOnly', s.responseInTimeOnly)}
      </Card>
      <Card size="small" title={t(s.resolutionRate)} style={{ marginBottom: 12 }}>
        <Form.Item name="resolutionMeans" label={t(s.resolutionMeans)}>
          <Radio.Group
            options={[
              { value: 'answered', label: t(s.meansAnswered) },
              { value: 'closed', label: t(s.meansClosed) },
            ]}
          />
        </Form.Item>
        {toggle('resolutionInTimeOnly', s.resolutionInTimeOnly)}
      </Card>
      <Card size="small" title={t(s.satisfactionRate)} style={{ marginBottom: 12 }}>
        {toggle('basicallySatisfiedCounts', s.basicallySatisfiedCounts)}
      </Card>
      <Card size="small" title={t(s.privacy)} style={{ marginBottom: 12 }}>
        {number('retentionYears', s.retentionYears, 1, 30, s.retentionHelp)}
        {number('phoneDailyLimit', s.phoneDailyLimit, 1, 1000)}
        {number('powDifficulty', s.powDifficulty, 0, 24)}
        {number('challengeTtlSeconds', s.challengeTtlSeconds, 30, 3600)}
      </Card>
      <Button type="primary" onClick={() => void submit()} loading={save.isPending} data-testid="save-settings">
        {t(common.save)}
      </Button>
    </Form>
  );
}
