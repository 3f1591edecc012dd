import { useState } from 'react';
import { Button, Card, Input, InputNumber, Pagination, Result, Segmented, Space, Tag, Typography } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText, showSuccess } from '../../kernel/feedback.js';
import { fill, punct, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { Loading } from '../../kernel/Loading.js';
import { assessmentApi, assessmentKey, type Task } from './assessment.api.js';
import { asText as m } from './messages.js';

/** One rating task: the target, the item and its rubric, a score within the item's max and a comment. */
function TaskCard({ task }: { task: Task }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [score, setScore] = useState<number | null>(task.score == null ? null : Number(task.score));
  const [comment, setComment] = useState(task.comment);
  const open = task.roundStatus === 'running';
  const rate = useMutation({
    mutationFn: () => assessmentApi.rate(task.id, { score: score ?? 0, comment }),
    onSuccess: () => {
      showSuccess(t(m.rated_ok));
      void qc.invalidateQueries({ queryKey: [...assessmentKey, 'tasks'] });
    },
    meta: { silent: true },
  });
  const tooHigh = score != null && score > task.maxScore;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid={`task-${task.id}`}>
      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
        <div>
          <Typography.Text strong>{task.targetName}</Typography.Text>
          <Tag style={{ marginLeft: 8 }}>{t(task.leafType === 'rated' ? m.rated : m.evidence)}</Tag>
          {task.score != null && <Tag color="green">{`${Number(task.score)} / ${task.maxScore}`}</Tag>}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {`${task.roundName} · ${task.periodFrom} ~ ${task.periodTo}`}
        </Typography.Text>
        <div>
          {t(m.item)}{t(punct.colon)}{task.leafName}
        </div>
        {task.guidance && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 13 }}>
            {task.guidance}
          </Typography.Paragraph>
        )}
        {open ? (
          <>
            <Space wrap>
              <InputNumber
                min={0}
                max={task.maxScore}
                step={0.5}
                value={score}
                onChange={(v) => setScore(v == null ? null : Number(v))}
                status={tooHigh ? 'error' : undefined}
                aria-label={t(m.giveScore)}
                data-testid={`task-${task.id}-score`}
              />
              <Typography.Text type="secondary">{fill(t(m.upTo), { m: task.maxScore })}</Typography.Text>
            </Space>
            <Input.TextArea placeholder={t(m.comment)} maxLength={1000} autoSize={{ minRows: 1, maxRows: 3 }} value={comment} onChange={(e) => setComment(e.target.value)} />
            <Button type="primary" block disabled={score == null || tooHigh} loading={rate.isPending} onClick={() => rate.mutate()} data-testid={`task-${task.id}-submit`}>
              {t(m.rate)}
            </Button>
            {rate.error && <Typography.Text type="danger">{errorText(rate.error)}</Typography.Text>}
          </>
        ) : (
          <Typography.Text type="secondary">{t(m.onlyRunning)}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

/** 评分工作台: my tasks, pending or done, paged; the same on the desktop and the phone. */
export function TaskList({ columns = 1 }: { columns?: number }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'pending' | 'done'>('pending');
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const tasks = useQuery({
    queryKey: [...assessmentKey, 'tasks', status, page],
    queryFn: () => assessmentApi.myTasks({ status, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const items = tasks.data?.items ?? [];
  return (
    <div data-testid="rater-tasks">
      <Segmented
        block={columns === 1}
        value={status}
        onChange={(v) => (setStatus(v as 'pending' | 'done'), setPage(1))}
        options={[
          { value: 'pending', label: t(m.pending) },
          { value: 'done', label: t(m.doneTab) },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="tasks-status"
      />
      {tasks.isLoading ? (
        <Loading />
      ) : tasks.error ? (
        <Result status="warning" subTitle={errorText(tasks.error)} />
      ) : items.length === 0 ? (
        <EmptyState description={t(m.noTasks)} />
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: 12 }}>
          {items.map((task) => (
            <TaskCard key={`${task.id}-${task.score ?? ''}`} task={task} />
          ))}
        </div>
      )}
      {(tasks.data?.total ?? 0) > pageSize && <Pagination simple current={page} pageSize={pageSize} total={tasks.data?.total ?? 0} onChange={setPage} style={{ marginTop: 12, textAlign: 'center' }} />}
    </div>
  );
}
