import { useMemo } from 'react';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../kernel/i18n.js';
import { OrgTreeSelect } from '../../org/OrgTreeSelect.js';
import { usePairingOptions } from '../usePairing.js';
import { FormDialog } from './FormDialog.js';
import { rText as m } from './messages.js';
import { researchApi, researchKey, type Topic, type TopicBody } from './research.api.js';

type Values = { title: string; field: string; description?: string; orgId: number; startedOn: Dayjs };

/** A new topic at an organisation of the caller's scope, or (`topic`) an active topic's title, field, description and start. */
export function TopicDialog({ open, topic, onClose }: { open: boolean; topic?: Topic | null; onClose: () => void }) {
  const { t } = useI18n();
  const sectors = usePairingOptions().data?.sectors ?? [];
  const initial = useMemo<Partial<Values> | undefined>(
    () => (topic ? { title: topic.title, field: topic.field, description: topic.description, orgId: topic.orgId, startedOn: dayjs(topic.startedOn) } : { startedOn: dayjs() }),
    [topic],
  );
  const req = (name: string) => ({ required: true, message: t(m.required, { name }) });
  return (
    <FormDialog<Values>
      open={open}
      title={t(topic ? m.editTopic : m.newTopic)}
      initial={initial}
      onClose={onClose}
      done={t(topic ? m.saved : m.created)}
      invalidate={researchKey}
      testId="topic-form"
      save={(v) => {
        const fields = { title: v.title.trim(), field: v.field as TopicBody['field'], description: v.description?.trim() ?? '', startedOn: v.startedOn.format('YYYY-MM-DD') };
        return topic ? researchApi.updateTopic(topic.id, fields) : researchApi.createTopic({ ...fields, orgId: v.orgId });
      }}
    >
      {() => (
        <>
          <Form.Item name="title" label={t(m.title)} rules={[req(t(m.title)), { min: 2, max: 100 }]}>
            <Input data-testid="topic-title" />
          </Form.Item>
          <Form.Item name="field" label={t(m.field)} rules={[req(t(m.field))]}>
            <Select showSearch optionFilterProp="label" options={sectors.map((s) => ({ value: s.code, label: s.name }))} data-testid="topic-field" />
          </Form.Item>
          {!topic && (
            <Form.Item name="orgId" label={t(m.org)} rules={[req(t(m.org))]}>
              <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item name="startedOn" label={t(m.startedOn)} rules={[req(t(m.startedOn))]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="description" label={t(m.description)} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
