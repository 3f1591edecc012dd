import { useEffect, useState } from 'react';
import { Button, Input, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { actText as m } from './messages.js';
import { activitiesKey } from './useActivities.js';
import type { Activity } from './activities.api.js';

/** The write-up after the event (plain text; the photos tab holds the pictures). */
export function SummaryPanel({ activity, canWrite }: { activity: Activity; canWrite: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [text, setText] = useState(activity.summary ?? '');
  const [savedText, setSavedText] = useState(activity.summary ?? '');
  useEffect(() => {
    setText(activity.summary ?? '');
    setSavedText(activity.summary ?? '');
  }, [activity.summary]);
  const save = useMutation({
    mutationFn: () => unwrap(client.PATCH('/api/v1/activities/{id}', { params: { path: { id: activity.id } }, body: { summary: text } })),
    onSuccess: () => {
      setSavedText(text);
      showSuccess(t(common.saved));
      void qc.invalidateQueries({ queryKey: activitiesKey });
    },
  });
  if (!canWrite) return activity.summary ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{activity.summary}</Typography.Paragraph> : <EmptyState />;
  return (
    <div>
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 6, maxRows: 20 }} maxLength={20000} showCount placeholder={t(m.summaryPlaceholder)} aria-label={t(m.summary)} />
      <Button type="primary" icon={<SaveOutlined />} style={{ marginTop: 12 }} loading={save.isPending} disabled={text === savedText} onClick={() => save.mutate()}>
        {t(common.save)}
      </Button>
    </div>
  );
}
