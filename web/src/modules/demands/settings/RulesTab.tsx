import { useState } from 'react';
import { Alert, Button, Form, InputNumber, Modal, Select, Space, Table } from 'antd';
import type { TableProps } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../../kernel/api-client.js';
import { modal, showError, showSuccess } from '../../../kernel/feedback.js';
import { validValues } from '../../../kernel/form-values.js';
import { useFormSave } from '../../../kernel/use-form-save.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/ui.js';
import { categoryLabel, demandsKey, useCategories, useDemandOptions, useDepartments } from '../useDemands.js';
import { setText as s } from '../messages.js';

type Rule = Schema<'DemandDispatchRule'>;
interface Values {
  categoryCode: string;
  districtCode: string;
  orgId: number;
  priority: number;
}

/** Dispatch rules: which agency a category goes to (in a district or the whole city), in order. */
export function RulesTab() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const cats = useCategories();
  const options = useDemandOptions();
  const depts = useDepartments();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const key = [...demandsKey, 'rules'];
  const rules = useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/api/v1/demand-dispatch-rules')) });
  const save = useFormSave(form, (v: Values) => unwrap(client.POST('/api/v1/demand-dispatch-rules', { body: v })), { invalidate: key, onDone: () => setEditing(null) });
  const remove = useMutation({
    mutationFn: (r: Rule) => unwrap(client.DELETE('/api/v1/demand-dispatch-rules/{id}', { params: { path: { id: r.id } } })),
    onSuccess: () => {
      showSuccess(t(s.deleted));
      void qc.invalidateQueries({ queryKey: key });
    },
    onError: showError,
  });

  const catOrder = new Map((cats.data?.items ?? []).map((c, i) => [c.code, i]));
  const catName = (code: string) => {
    const c = cats.data?.items.find((x) => x.code === code);
    return c ? categoryLabel(lang, c) : code;
  };
  const districtName = (code: string) => (code === '*' ? t(s.allDistricts) : (options.data?.districts.find((d) => d.code === code)?.name ?? code));
  // The order the dispatcher applies: by category, a district's rule before the whole city's, the larger order value first.
  const sorted = [...(rules.data?.items ?? [])].sort(
    (a, b) => (catOrder.get(a.categoryCode) ?? 999) - (catOrder.get(b.categoryCode) ?? 999) || Number(a.districtCode === '*') - Number(b.districtCode === '*') || b.priority - a.priority || a.id - b.id,
  );

  const open = (r: Rule | 'new') => {
    setEditing(r);
    form.setFieldsValue(r === 'new' ? { districtCode: '*', priority: 0 } : r);
  };
  const submit = async () => {
    const v = await validValues(form);
    if (v) save.mutate(v);
  };

  const columns: TableProps<Rule>['columns'] = [
    { title: t(s.tabCategories), key: 'category', render: (_, r) => catName(r.categoryCode) },
    { title: t(s.ruleDistrict), dataIndex: 'districtCode', width: 140, render: districtName },
    { title: t(s.agency), dataIndex: 'orgName', render: (name: string, r) => <span data-testid={`rule-${r.categoryCode}-${r.districtCode}`}>{name}</span> },
    { title: t(s.priority), dataIndex: 'priority', width: 140 },
    {
      title: t(common.actions),
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => open(r)}>
            {t(common.edit)}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            icon={<DeleteOutlined />}
            onClick={() => modal()?.confirm({ title: t(common.confirm), content: t(s.deleteRuleConfirm, { category: catName(r.categoryCode), agency: r.orgName }), okButtonProps: { danger: true }, okText: t(s.delete), cancelText: t(common.cancel), onOk: () => remove.mutateAsync(r) })}
          >
            {t(s.delete)}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Alert type="info" showIcon message={t(s.rulesHelp)} style={{ marginBottom: 12 }} />
      <div style={{ marginBottom: 12, textAlign: 'right' }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="add-rule">
          {t(s.addRule)}
        </Button>
      </div>
      <Table<Rule> rowKey="id" size="middle" columns={columns} dataSource={sorted} loading={rules.isFetching} pagination={{ pageSize: 20, hideOnSinglePage: true }} locale={{ emptyText: <EmptyState description={t(s.noRules)} /> }} />
      <Modal open={!!editing} title={t(editing === 'new' ? s.addRule : s.editRule)} onCancel={() => setEditing(null)} onOk={() => void submit()} confirmLoading={save.isPending} okText={t(common.save)} cancelText={t(common.cancel)} destroyOnHidden forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="categoryCode" label={t(s.tabCategories)} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} disabled={editing !== 'new'} options={(cats.data?.items ?? []).map((c) => ({ value: c.code, label: categoryLabel(lang, c) }))} data-testid="rule-category" />
          </Form.Item>
          <Form.Item name="districtCode" label={t(s.ruleDistrict)} rules={[{ required: true }]}>
            <Select disabled={editing !== 'new'} options={[{ value: '*', label: t(s.allDistricts) }, ...(options.data?.districts ?? []).map((d) => ({ value: d.code, label: d.name }))]} />
          </Form.Item>
          <Form.Item name="orgId" label={t(s.agency)} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} placeholder={t(s.agencyHint)} loading={depts.isLoading} options={(depts.data ?? []).map((o) => ({ value: o.id, label: o.name }))} data-testid="rule-agency" />
          </Form.Item>
          <Form.Item name="priority" label={t(s.priority)} rules={[{ required: true }]}>
            <InputNumber min={-1000} max={1000} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
