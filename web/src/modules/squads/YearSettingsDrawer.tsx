import { useEffect } from 'react';
import { Alert, Button, Divider, Drawer, Form, Input, InputNumber, Radio, Result, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { dimensionKeys, sqText as m, type DimensionKey } from './messages.js';
import { squadsApi, squadsKey } from './squads.api.js';

interface Values {
  periodKind: 'month' | 'quarter';
  weights: Record<DimensionKey, number>;
  youngMaxAge: number;
  badgeTopN: number;
  criteria: { name: string; description?: string; weight: number }[];
}

/** The year's competition: period kind, the five weights, the young cadre age, the 一做 places, the 比作为 rubric; and its periods. */
export function YearSettingsDrawer({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const settings = useQuery({ queryKey: [...squadsKey, 'year', year], queryFn: () => squadsApi.year(year) });
  useEffect(() => {
    const s = settings.data;
    if (s) form.setFieldsValue({ periodKind: s.periodKind, weights: s.weights, youngMaxAge: s.youngMaxAge, badgeTopN: s.badgeTopN, criteria: s.criteria.map((c) => ({ name: c.name, description: c.description, weight: c.weight })) });
  }, [settings.data, form]);
  const save = useMutation({
    mutationFn: async (v: Values) => {
      await squadsApi.saveYear(year, { periodKind: v.periodKind, weights: v.weights, youngMaxAge: v.youngMaxAge, badgeTopN: v.badgeTopN });
      await squadsApi.saveRubric(year, { criteria: v.criteria.map((c) => ({ name: c.name.trim(), description: c.description?.trim() ?? '', weight: c.weight })) });
    },
    onSuccess: () => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: squadsKey });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const periods = useMutation({
    mutationFn: () => squadsApi.createPeriods(year),
    onSuccess: (r) => {
      showSuccess(t(m.periodsCreated, { n: r.created }));
      void qc.invalidateQueries({ queryKey: squadsKey });
    },
  });
  return (
    <Drawer
      open
      size={600}
      onClose={onClose}
      title={t(m.yearSettingsOf, { year })}
      extra={
        <Space>
          <Button onClick={onClose}>{t(common.cancel)}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="year-save">
            {t(common.save)}
          </Button>
        </Space>
      }
    >
      {settings.isLoading ? (
        <Loading />
      ) : settings.error ? (
        <Result status="warning" subTitle={errorText(settings.error)} />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          {settings.data && !settings.data.saved && <Alert type="info" showIcon title={t(m.defaults)} style={{ marginBottom: 12 }} />}
          <Form.Item name="periodKind" label={t(m.periodKind)}>
            <Radio.Group
              options={[
                { value: 'quarter', label: t(m.quarter) },
                { value: 'month', label: t(m.month) },
              ]}
              disabled={(settings.data?.periods.length ?? 0) > 0}
            />
          </Form.Item>
          <div style={{ marginBottom: 8 }}>{t(m.weights)}</div>
          <Space wrap>
            {dimensionKeys.map((k) => (
              <Form.Item key={k} name={['weights', k]} label={t(m[k])} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} style={{ width: 90 }} />
              </Form.Item>
            ))}
          </Space>
          <Space wrap>
            <Form.Item name="youngMaxAge" label={t(m.youngMaxAge)} rules={[{ required: true }]}>
              <InputNumber min={18} max={60} />
            </Form.Item>
            <Form.Item name="badgeTopN" label={t(m.badgeTopN)} rules={[{ required: true }]}>
              <InputNumber min={0} max={108} />
            </Form.Item>
          </Space>
          <Divider />
          <Form.List name="criteria" rules={[{ validator: async (_, v: unknown[]) => (v?.length >= 3 && v.length <= 5 ? undefined : Promise.reject(new Error(t(m.rubric)))) }]}>
            {(fields, { add, remove }, { errors }) => (
              <>
                <div style={{ marginBottom: 8 }}>{t(m.rubric)}</div>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" style={{ display: 'flex' }} wrap>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true }, { max: 40 }]}>
                      <Input placeholder={t(m.criterion)} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'description']} rules={[{ max: 500 }]}>
                      <Input placeholder={t(m.description)} style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'weight']} initialValue={1} rules={[{ required: true }]}>
                      <InputNumber min={0.1} max={100} style={{ width: 80 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="remove" />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ weight: 1 })} icon={<PlusOutlined />} disabled={fields.length >= 5} block>
                  {t(m.addCriterion)}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
          <Divider />
          <Button onClick={() => periods.mutate()} loading={periods.isPending} disabled={(settings.data?.periods.length ?? 0) > 0} data-testid="year-periods">
            {t(m.createPeriods)}
          </Button>
          {(settings.data?.periods.length ?? 0) > 0 && <div style={{ color: '#888', marginTop: 4 }}>{settings.data!.periods.map((p) => p.label).join('、')}</div>}
        </Form>
      )}
    </Drawer>
  );
}
