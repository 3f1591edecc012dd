import { useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../../kernel/api-client.js';
import { modal, showError, showSuccess } from '../../../kernel/feedback.js';
import { validValues } from '../../../kernel/form-values.js';
import { useFormSave } from '../../../kernel/use-form-save.js';
import { common, useI18n, type Text } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/ui.js';
import { demandsKey, useCategories, useDepartments } from '../useDemands.js';
import { setText as s } from '../messages.js';

type Category = Schema<'DemandCategory'>;
type Unit = Category['responseUnit'];
interface Values {
  code: string;
  name: string;
  nameEn: string;
  defaultOrgId: number | null;
  responseValue: number;
  responseUnit: Unit;
  resolutionValue: number;
  resolutionUnit: Unit;
  active: boolean;
}

const unitText: Record<Unit, Text> = { h: s.hours, wd: s.workdays };
const toBody = (v: Values) => ({
  name: v.name,
  nameEn: v.nameEn ?? '',
  defaultOrgId: v.defaultOrgId ?? null,
  responseValue: v.responseValue,
  responseUnit: v.responseUnit,
  resolutionValue: v.resolutionValue,
  resolutionUnit: v.resolutionUnit,
  active: v.active,
});

/** Demand categories with their response and resolution deadlines: add, edit, deactivate and activate again. */
export function CategoriesTab() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const cats = useCategories();
  const depts = useDepartments();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<Category | 'new' | null>(null);
  const key = [...demandsKey, 'categories'];
  const put = (v: Values) => unwrap(client.PUT('/api/v1/demand-categories/{code}', { params: { path: { code: v.code } }, body: toBody(v) }));
  const save = useFormSave(form, put, { invalidate: demandsKey, onDone: () => setEditing(null) });
  const toggle = useMutation({
    mutationFn: (c: Category) => put({ ...c, active: !c.active }),
    onSuccess: () => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: key });
    },
    onError: showError,
  });

  const open = (c: Category | 'new') => {
    setEditing(c);
    form.setFieldsValue(c === 'new' ? { code: '', name: '', nameEn: '', defaultOrgId: null, responseValue: 2, responseUnit: 'h', resolutionValue: 5, resolutionUnit: 'wd', active: true } : { ...c });
  };
  const submit = async () => {
    const v = await validValues(form);
    if (v) save.mutate({ ...v, code: editing === 'new' ? v.code : (editing as Category).code });
  };
  const deadline = (value: number, unit: Unit) => `${value} ${t(unitText[unit])}`;

  const columns: TableProps<Category>['columns'] = [
    { title: t(s.name), key: 'name', render: (_, c) => <span data-testid={`category-${c.code}`}>{c.name}</span> },
    { title: t(s.nameEn), dataIndex: 'nameEn' },
    { title: t(s.code), dataIndex: 'code', width: 140 },
    { title: t(s.response), key: 'response', width: 130, render: (_, c) => deadline(c.responseValue, c.responseUnit) },
    { title: t(s.resolution), key: 'resolution', width: 130, render: (_, c) => deadline(c.resolutionValue, c.resolutionUnit) },
    { title: t(s.defaultOrg), key: 'org', render: (_, c) => depts.data?.find((d) => d.id === c.defaultOrgId)?.name ?? c.defaultAgency ?? '—' },
    { title: t(s.active), dataIndex: 'active', width: 90, render: (a: boolean) => (a ? <Tag color="success">{t(s.active)}</Tag> : <Tag>{t(s.inactive)}</Tag>) },
    {
      title: t(common.actions),
      key: 'actions',
      width: 170,
      render: (_, c) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => open(c)} data-testid={`edit-category-${c.code}`}>
            {t(common.edit)}
          </Button>
          {c.active ? (
            <Button
              type="link"
              size="small"
              danger
              data-testid={`deactivate-category-${c.code}`}
              onClick={() => modal()?.confirm({ title: t(common.confirm), content: t(s.deactivateConfirm, { name: c.name }), okButtonProps: { danger: true }, okText: t(s.deactivate), cancelText: t(common.cancel), onOk: () => toggle.mutateAsync(c) })}
            >
              {t(s.deactivate)}
            </Button>
          ) : (
            <Button type="link" size="small" onClick={() => toggle.mutate(c)} data-testid={`activate-category-${c.code}`}>
              {t(s.activate)}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const unitSelect = <Select style={{ width: 130 }} options={(['h', 'wd'] as const).map((u) => ({ value: u, label: t(unitText[u]) }))} />;
  return (
    <>
      <div style={{ marginBottom: 12, textAlign: 'right' }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="add-category">
          {t(s.addCategory)}
        </Button>
      </div>
      <Table<Category> rowKey="code" size="middle" columns={columns} dataSource={cats.data?.items ?? []} loading={cats.isFetching} pagination={{ pageSize: 20, hideOnSinglePage: true }} locale={{ emptyText: <EmptyState description={t(s.noCategories)} /> }} scroll={{ x: 1000 }} />
      <Modal open={!!editing} title={t(editing === 'new' ? s.addCategory : s.editCategory)} onCancel={() => setEditing(null)} onOk={() => void submit()} confirmLoading={save.isPending} okText={t(common.save)} cancelText={t(common.cancel)} destroyOnHidden forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="code" label={t(s.code)} extra={t(s.codeRule)} rules={editing === 'new' ? [{ required: true }, { pattern: /^[a-z][a-z0-9_]{1,39}$/, message: t(s.codeRule) }] : []}>
            <Input disabled={editing !== 'new'} data-testid="category-code" />
          </Form.Item>
          <Form.Item name="name" label={t(s.name)} rules={[{ required: true, whitespace: true, max: 40 }]}>
            <Input data-testid="category-name" />
          </Form.Item>
          <Form.Item name="nameEn" label={t(s.nameEn)} rules={[{ max: 80 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="defaultOrgId" label={t(s.defaultOrg)}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={depts.isLoading} options={(depts.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          {(['response', 'resolution'] as const).map((k) => (
            <Form.Item key={k} label={t(s[k])} required>
              <Space.Compact>
                <Form.Item name={`${k}Value`} noStyle rules={[{ required: true }]}>
                  <InputNumber min={1} max={1000} precision={0} data-testid={`category-${k}`} />
                </Form.Item>
                <Form.Item name={`${k}Unit`} noStyle>
                  {unitSelect}
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          ))}
          <Form.Item name="active" label={t(s.active)} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
