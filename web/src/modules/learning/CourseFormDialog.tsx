import { useEffect, useState } from 'react';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import type { CourseDetail } from './learning.api-types.js';
import { contentKindLabels, kindLabels, lt, statusLabels } from './messages.js';

type Values = Pick<CourseDetail, 'title' | 'kind' | 'tags' | 'status'> & { description?: string; orgId?: number; lessonIds: number[] };

/** Create or edit a course; lessons are picked (in order) from published content open to the owner organisation. */
export function CourseFormDialog({ course, open, onClose, onSaved }: { course: CourseDetail | null; open: boolean; onClose: () => void; onSaved?: (id: number) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const orgId = Form.useWatch('orgId', form) ?? course?.orgId;
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      course
        ? { title: course.title, description: course.description, kind: course.kind, tags: course.tags, status: course.status, lessonIds: course.lessons.map((l) => l.contentId) }
        : { kind: 'required', tags: [], status: 'published', lessonIds: [] },
    );
  }, [open, course, form]);

  const candidates = useQuery({
    queryKey: ['learning', 'lesson-candidates', orgId, q],
    queryFn: () => unwrap(client.GET('/api/v1/learning/lesson-candidates', { params: { query: { orgId: orgId!, q, pageSize: 50 } } })),
    enabled: open && !!orgId,
  });
  const known = new Map<number, string>((course?.lessons ?? []).map((l) => [l.contentId, `${t(contentKindLabels[l.kind] ?? contentKindLabels.article)} · ${l.title}`]));
  for (const c of candidates.data?.items ?? []) known.set(c.id, `${t(contentKindLabels[c.kind] ?? contentKindLabels.article)} · ${c.title}${t(punct.open)}${c.orgName}${t(punct.close)}`);

  const save = useMutation({
    mutationFn: ({ orgId: owner, ...v }: Values) =>
      course
        ? unwrap(client.PATCH('/api/v1/learning/courses/{id}', { params: { path: { id: course.id } }, body: v }))
        : unwrap(client.POST('/api/v1/learning/courses', { body: { ...v, orgId: owner! } })),
    meta: { silent: true },
    onSuccess: (c) => {
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: ['learning', 'courses'] });
      onClose();
      onSaved?.(c.id);
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err)) form.setFields([{ name: 'title', errors: [(err as Error).message] }]);
    },
  });

  return (
    <Modal open={open} title={t(course ? lt.editCourse : lt.newCourse)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} width={680} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="course-form">
        <Form.Item name="title" label={t(lt.title)} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t(lt.kind)}>
          <Radio.Group optionType="button" options={Object.entries(kindLabels).map(([k, v]) => ({ value: k, label: t(v) }))} />
        </Form.Item>
        {!course && (
          <Form.Item name="orgId" label={t(lt.org)} rules={[{ required: true, message: t(lt.chooseOrg) }]}>
            <OrgTreeSelect />
          </Form.Item>
        )}
        <Form.Item name="lessonIds" label={t(lt.lessons)} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Select
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setQ }}
            loading={candidates.isFetching}
            disabled={!orgId}
            options={[...known].map(([value, label]) => ({ value, label }))}
            data-testid="lesson-picker"
          />
        </Form.Item>
        <Form.Item name="tags" label={t(lt.tags)}>
          <Select mode="tags" tokenSeparators={[',', '，']} />
        </Form.Item>
        <Form.Item name="status" label={t(lt.status)}>
          <Radio.Group options={['draft', 'published', 'archived'].map((s) => ({ value: s, label: t(statusLabels[s]) }))} />
        </Form.Item>
        <Form.Item name="description" label={t(lt.description)}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
