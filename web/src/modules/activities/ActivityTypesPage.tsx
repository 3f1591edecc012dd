import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../kernel/api-client.js';
import { modal, showError, showSuccess } from '../../kernel/feedback.js';
import { validValues } from '../../kernel/form-values.js';
import { useFormSave } from '../../kernel/use-form-save.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { activitiesKey, named, useActivityTypes } from './useActivities.js';
import { catText as c } from './messages.js';

type Category = Schema<'ActivityCategory'>;
type Type = Schema<'ActivityType'>;
type Kind = 'category' | 'type';
interface Values {
  code: string;
  name: string;
  nameEn: string;
  active: boolean;
  categoryCode?: string;
  countsServiceHours?: boolean;
}
type Editing = { kind: Kind; row: Category | Type | null };

const save = (kind: Kind, creating: boolean, v: Values) => {
  const names = { name: v.name, nameEn: v.nameEn, active: v.active };
  const type = { ...names, categoryCode: v.categoryCode ?? '', countsServiceHours: v.countsServiceHours ?? false };
  if (kind === 'category')
    return creating ? unwrap(client.POST('/api/v1/activity-categories', { body: { ...names, code: v.code } })) : unwrap(client.PUT('/api/v1/activity-categories/{code}', { params: { path: { code: v.code } }, body: names }));
  return creating ? unwrap(client.POST('/api/v1/activity-types', { body: { ...type, code: v.code } })) : unwrap(client.PUT('/api/v1/activity-types/{code}', { params: { path: { code: v.code } }, body: type }));
};

/** The city's activity catalogue: categories and types with names in both languages; add, edit, deactivate. */
export default function ActivityTypesPage() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const data = useActivityTypes();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<Editing | null>(null);
  const key = [...activitiesKey, 'types'];
  const creating = !!editing && !editing.row;
  const write = useFormSave(form, (v: Values) => save(editing!.kind, creating, v), { invalidate: key, onDone: () => setEditing(null) });
  const toggle = useMutation({
    mutationFn: ({ kind, row }: { kind: Kind; row: Category | Type }) => save(kind, false, { ...row, active: !row.active }),
    onSuccess: () => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: key });
    },
    onError: showError,
  });

  const open = (kind: Kind, row: Category | Type | null) => {
    setEditing({ kind, row });
    form.setFieldsValue(row ?? { code: '', name: '', nameEn: '', active: true, categoryCode: undefined, countsServiceHours: false });
  };
  const submit = async () => {
    const v = await validValues(form);
    if (v) write.mutate({ ...v, code: editing?.row?.code ?? v.code });
  };
  const status = (a: boolean) => (a ? <Tag color="success">{t(c.active)}</Tag> : <Tag>{t(c.inactive)}</Tag>);
  const actions = (kind: Kind) => ({
    title: t(common.actions),
    key: 'actions',
    width: 170,
    render: (_: unknown, row: Category | Type) => (
      <Space size={0}>
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => open(kind, row)} data-testid={`edit-${kind}-${row.code}`}>
          {t(common.edit)}
        </Button>
        {row.active ? (
          <Button
            type="link"
            size="small"
            danger
            data-testid={`deactivate-${kind}-${row.code}`}
            onClick={() => modal()?.confirm({ title: t(common.confirm), content: t(c.deactivateConfirm, { name: named(lang, row) }), okButtonProps: { danger: true }, okText: t(c.deactivate), cancelText: t(common.cancel), onOk: () => toggle.mutateAsync({ kind, row }) })}
          >
            {t(c.deactivate)}
          </Button>
        ) : (
          <Button type="link" size="small" onClick={() => toggle.mutate({ kind, row })} data-testid={`activate-${kind}-${row.code}`}>
            {t(c.activate)}
          </Button>
        )}
      </Space>
    ),
  });
  const catName = (code: string) => {
    const found = data.data?.categories.find((x) => x.code === code);
    return found ? named(lang, found) : code;
  };
  const categoryColumns: TableProps<Category>['columns'] = [
    { title: t(c.name), dataIndex: 'name' },
    { title: t(c.nameEn), dataIndex: 'nameEn' },
    { title: t(c.code), dataIndex: 'code', width: 160 },
    { title: t(c.status), dataIndex: 'active', width: 100, render: status },
    actions('category'),
  ];
  const typeColumns: TableProps<Type>['columns'] = [
    { title: t(c.name), dataIndex: 'name' },
    { title: t(c.nameEn), dataIndex: 'nameEn' },
    { title: t(c.category), dataIndex: 'categoryCode', render: catName },
    { title: t(c.hours), dataIndex: 'countsServiceHours', width: 120, render: (h: boolean) => t(h ? common.yes : common.no) },
    { title: t(c.status), dataIndex: 'active', width: 100, render: status },
    actions('type'),
  ];
  const table = <R extends Category | Type>(rows: R[] | undefined, columns: TableProps<R>['columns']) => (
    <Table<R> rowKey="code" size="middle" columns={columns} dataSource={rows ?? []} loading={data.isFetching} pagination={{ pageSize: 20, hideOnSinglePage: true }} locale={{ emptyText: <EmptyState description={t(c.none)} /> }} />
  );
  const addButton = (kind: Kind) => (
    <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => open(kind, null)} data-testid={`add-${kind}`}>
      {t(kind === 'category' ? c.addCategory : c.addType)}
    </Button>
  );
  const title = editing ? (editing.kind === 'category' ? (creating ? c.addCategory : c.editCategory) : creating ? c.addType : c.editType) : c.title;

  return (
    <PageContainer title={t(c.title)} subTitle={t(c.describe)}>
      <Card size="small" title={t(c.categories)} extra={addButton('category')} style={{ marginBottom: 16 }}>
        {table(data.data?.categories, categoryColumns)}
      </Card>
      <Card size="small" title={t(c.types)} extra={addButton('type')}>
        {table(data.data?.types, typeColumns)}
      </Card>
      <Modal open={!!editing} title={t(title)} onCancel={() => setEditing(null)} onOk={() => void submit()} confirmLoading={write.isPending} okText={t(common.save)} cancelText={t(common.cancel)} destroyOnHidden forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="code" label={t(c.code)} extra={t(c.codeRule)} rules={creating ? [{ required: true }, { pattern: /^[a-z][a-z0-9_]{1,39}$/, message: t(c.codeRule) }] : []}>
            <Input disabled={!creating} data-testid="catalogue-code" />
          </Form.Item>
          <Form.Item name="name" label={t(c.name)} rules={[{ required: true, whitespace: true, max: 40 }]}>
            <Input data-testid="catalogue-name" />
          </Form.Item>
          <Form.Item name="nameEn" label={t(c.nameEn)} rules={[{ required: true, whitespace: true, max: 80 }]}>
            <Input data-testid="catalogue-name-en" />
          </Form.Item>
          {editing?.kind === 'type' && (
            <>
              <Form.Item name="categoryCode" label={t(c.category)} rules={[{ required: true }]}>
                <Select options={(data.data?.categories ?? []).filter((x) => x.active || x.code === (editing.row as Type | null)?.categoryCode).map((x) => ({ value: x.code, label: named(lang, x) }))} data-testid="catalogue-category" />
              </Form.Item>
              <Form.Item name="countsServiceHours" label={t(c.hours)} valuePropName="checked">
                <Switch />
              </Form.Item>
            </>
          )}
          <Form.Item name="active" label={t(c.active)} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
