import { Button, Form, Select, Space } from 'antd';
import type { Rule } from 'antd/es/form/index.js';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { useI18n } from '../../kernel/i18n.js';
import { validValues } from '../../kernel/form-values.js';
import { categoryOptions, TAG_MAX_CHARS, TAGS_MAX, tagPattern, type ContentCategory } from './categories.js';
import { cText as m } from './messages.js';
import { contentKey } from './useWorkflow.js';
import type { ContentDetail } from './content.api.js';

/** The form rule for a tag list, as the server checks it (common/content-categories.ts). */
export const tagsRule: Rule = {
  validator: async (_, v: string[] | undefined) => {
    const tags = (v ?? []).map((x) => x.trim());
    if (tags.length > TAGS_MAX) throw new Error(`≤ ${TAGS_MAX}`);
    const bad = tags.find((x) => !x || x.length > TAG_MAX_CHARS || !tagPattern.test(x));
    if (bad !== undefined) throw new Error(`“${bad}”`);
    if (new Set(tags).size !== tags.length) throw new Error('×2');
  },
};

/** Category and tag fields of a form (names `category`, `tags`). */
export function LabelFields() {
  const { t, lang } = useI18n();
  return (
    <Space align="start" wrap>
      <Form.Item name="category" label={t(m.category)} style={{ minWidth: 200 }}>
        <Select allowClear placeholder={t(m.uncategorised)} options={categoryOptions(lang)} data-testid="category-select" />
      </Form.Item>
      <Form.Item name="tags" label={t(m.tags)} extra={t(m.tagsHelp)} rules={[tagsRule]} style={{ minWidth: 320 }}>
        <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} data-testid="tags-select" />
      </Form.Item>
    </Space>
  );
}

interface Values {
  category?: ContentCategory | null;
  tags?: string[];
}

/** Filing an item in any state (published included): no new review is needed for category and tags. */
export function LabelsEditor({ item }: { item: ContentDetail }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => unwrap(client.PUT('/api/v1/content/{id}/labels', { params: { path: { id: item.id } }, body: { category: v.category ?? null, tags: (v.tags ?? []).map((x) => x.trim()) } })),
    onSuccess: () => {
      showSuccess(t(m.labelsSaved));
      void qc.invalidateQueries({ queryKey: contentKey });
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ category: item.category, tags: item.tags }} onFinish={() => void validValues(form).then((v) => v && save.mutate(v))}>
      <LabelFields />
      <Button htmlType="submit" loading={save.isPending} data-testid="labels-save">
        {t(m.labels)}
      </Button>
    </Form>
  );
}
