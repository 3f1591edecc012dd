import { useEffect } from 'react';
import { Form, Modal } from 'antd';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import type { Need } from './community.api.js';
import { cText as m } from './messages.js';
import { NeedFields, needValuesOf, useEditNeed, type NeedValues } from './NeedForm.js';
import { validValues } from '../../kernel/form-values.js';

/** Community staff change an open need they posted (its community stays). */
export function EditNeedDialog({ need, onClose }: { need: Need | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<NeedValues>();
  const edit = useEditNeed(form, need, onClose);
  useEffect(() => {
    if (need) form.setFieldsValue(needValuesOf(need));
  }, [need, form]);
  return (
    <Modal
      open={!!need}
      title={`${t(m.editNeed)}${t(punct.colon)}${need?.title ?? ''}`}
      onCancel={onClose}
      onOk={async () => {
        const v = await validValues(form);
        if (v) edit.mutate(v);
      }}
      confirmLoading={edit.isPending}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={need ? needValuesOf(need) : undefined} data-testid="edit-need-form">
        <NeedFields form={form} editing />
      </Form>
    </Modal>
  );
}
