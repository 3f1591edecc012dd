import { Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isValidIsbn } from '../../../../../common/isbn.js';
import { showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { validValues } from '../../../kernel/form-values.js';
import { useI18n } from '../../../kernel/i18n.js';
import { OrgTreeSelect } from '../../org/OrgTreeSelect.js';
import { readingApi, readingKey, type BookBody } from './reading.api.js';
import { rText as m } from './messages.js';

/** Adds a book to an organisation's list; the ISBN's check digit is checked here as on the server. */
export function BookDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<BookBody>();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (b: BookBody) => readingApi.createBook(b),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(m.saved));
      form.resetFields();
      void qc.invalidateQueries({ queryKey: readingKey });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  const submit = async () => {
    const v = await validValues(form);
    if (v) save.mutate(v);
  };
  return (
    <Modal open={open} title={t(m.newBook)} onCancel={onClose} onOk={submit} confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="book-form">
        <Form.Item name="orgId" label={t(m.list)} rules={[{ required: true, message: t(m.required, { name: t(m.list) }) }]}>
          <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label={t(m.title)} rules={[{ required: true, message: t(m.required, { name: t(m.title) }) }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="author" label={t(m.author)} rules={[{ required: true, message: t(m.required, { name: t(m.author) }) }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          name="isbn"
          label="ISBN"
          extra={t(m.isbnHelp)}
          rules={[{ validator: async (_, v?: string) => (!v || isValidIsbn(v) ? undefined : Promise.reject(new Error(t(m.isbnInvalid)))) }]}
        >
          <Input maxLength={20} placeholder="978-7-5147-0934-6" />
        </Form.Item>
        <Form.Item name="publisher" label={t(m.publisher)}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="summary" label={t(m.summary)}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
