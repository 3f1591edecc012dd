import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, List } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { PersonSearch, type PickerProps } from '../../../kernel/PersonSearch.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { fmtTime } from '../usePairing.js';
import { FormDialog } from './FormDialog.js';
import { MeetingItem } from './items.js';
import { rText as m } from './messages.js';
import { researchApi, researchKey, type Meeting, type Topic } from './research.api.js';

type Values = { title: string; heldAt: Dayjs; activityId?: number; notes?: string };

/** An activity of the caller's scope, by title. */
function ActivityPicker(props: PickerProps) {
  const { t, lang } = useI18n();
  return (
    <PersonSearch
      {...props}
      placeholder={t(m.pickActivity)}
      queryKey={[...researchKey, 'pick-activity']}
      search={(q) => researchApi.activities(q)}
      option={(a) => ({ value: a.id, label: `${a.title} · ${fmtTime(a.startsAt, lang)}` })}
    />
  );
}

/** 研讨: the topic's meetings, newest first; an active topic takes new ones, optionally linked to an activity. */
export function MeetingsPanel({ topic, manage }: { topic: Topic; manage: boolean }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const list = useQuery({ queryKey: [...researchKey, 'meetings', topic.id], queryFn: () => researchApi.meetings(topic.id) });
  return (
    <Card
      size="small"
      title={t(m.meetings)}
      extra={
        manage &&
        topic.status === 'active' && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-meeting">
            {t(m.addMeeting)}
          </Button>
        )
      }
    >
      <List
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <EmptyState description={list.error ? errorText(list.error) : t(m.noMeetings)} /> }}
        renderItem={(x) => <MeetingItem x={x} linkActivity />}
        data-testid="meetings-list"
      />
      <FormDialog<Values>
        open={adding}
        title={t(m.addMeeting)}
        onClose={() => setAdding(false)}
        done={t(m.saved)}
        invalidate={researchKey}
        testId="meeting-form"
        save={(v) => researchApi.addMeeting(topic.id, { title: v.title.trim(), heldAt: v.heldAt.toISOString(), activityId: v.activityId, notes: v.notes?.trim() ?? '' })}
      >
        {() => (
          <>
            <Form.Item name="title" label={t(m.meetingTitle)} rules={[{ required: true, whitespace: true, message: t(m.required, { name: t(m.meetingTitle) }) }, { min: 2, max: 100 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="heldAt" label={t(m.heldAt)} rules={[{ required: true, message: t(m.required, { name: t(m.heldAt) }) }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="activityId" label={t(m.activity)} extra={t(m.activityHint)}>
              <ActivityPicker />
            </Form.Item>
            <Form.Item name="notes" label={t(m.notes)} rules={[{ max: 4000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </FormDialog>
    </Card>
  );
}
