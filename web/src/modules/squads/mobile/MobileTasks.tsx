import { useEffect, useRef, useState } from 'react';
import { Button, Card, Result, Space, Tag, Typography } from 'antd';
import { CameraOutlined, CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../kernel/auth.js';
import { errorText, showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n, punct } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { sqText as m, taskStatusColor } from '../messages.js';
import { squadsApi, squadsKey, type Milestone, type Task } from '../squads.api.js';
import { MilestoneLine } from '../TasksBoard.js';

/** Marks an open milestone done: a photo from the phone camera (or the gallery) as evidence, shown before sending. */
function MarkDone({ ms }: { ms: Milestone }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [photo, setPhoto] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    if (!photo) return setPreview(null);
    const url = URL.createObjectURL(photo);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [photo]);
  const done = useMutation({
    mutationFn: (file: File) => squadsApi.milestoneDone(ms.id, file),
    onSuccess: () => {
      showSuccess(t(m.markedDone));
      setPhoto(null);
      void qc.invalidateQueries({ queryKey: squadsKey });
    },
  });
  return (
    <div style={{ marginTop: 6 }}>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        style={{ display: 'none' }}
        data-testid={`ms-photo-${ms.id}`}
        onChange={(e) => {
          setPhoto(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
      {preview ? (
        <Space align="center" wrap>
          <img src={preview} alt={t(m.evidence)} style={{ width: 64, height: 64, objectFit: 'cover', borderRadius: 4 }} data-testid={`ms-preview-${ms.id}`} />
          <Button type="primary" icon={<CheckOutlined />} loading={done.isPending} onClick={() => photo && done.mutate(photo)} data-testid={`ms-done-${ms.id}`}>
            {t(m.msDone)}
          </Button>
          <Button onClick={() => setPhoto(null)} disabled={done.isPending}>
            {t(common.cancel)}
          </Button>
        </Space>
      ) : (
        <Button icon={<CameraOutlined />} onClick={() => input.current?.click()} data-testid={`ms-camera-${ms.id}`}>
          {t(m.markDone)}
        </Button>
      )}
      {done.error && <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>{errorText(done.error)}</Typography.Text>}
    </div>
  );
}

function TaskItem({ task, canSubmit }: { task: Task; canSubmit: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const editable = task.status === 'open' || task.status === 'returned';
  const allDone = task.milestones.every((x) => x.status === 'done');
  const submit = useMutation({
    mutationFn: () => squadsApi.submitMyTask(task.id),
    onSuccess: () => {
      showSuccess(t(m.submittedOk));
      void qc.invalidateQueries({ queryKey: squadsKey });
    },
  });
  return (
    <Card
      size="small"
      variant="borderless"
      title={<span style={{ whiteSpace: 'normal' }}>{task.title}</span>}
      extra={<Tag color={taskStatusColor[task.status]}>{t(m[task.status])}</Tag>}
      data-testid={`my-task-${task.id}`}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(m.dueAt, { d: task.dueOn })}
      </Typography.Text>
      {task.status === 'returned' && task.returnReason && <div style={{ color: '#c8161d', fontSize: 12 }}>{`${t(m.returnReason)}${t(punct.colon)}${task.returnReason}`}</div>}
      <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }} size={10}>
        {task.milestones.map((ms) => (
          <div key={ms.id}>
            <MilestoneLine ms={ms} />
            {editable && ms.status === 'open' && <MarkDone ms={ms} />}
          </div>
        ))}
        {editable && allDone && canSubmit && (
          <Button block type="primary" loading={submit.isPending} onClick={() => submit.mutate()} data-testid={`my-task-submit-${task.id}`}>
            {t(m.submitTask)}
          </Button>
        )}
        {submit.error && <Typography.Text type="danger" style={{ fontSize: 12 }}>{errorText(submit.error)}</Typography.Text>}
      </Space>
    </Card>
  );
}

/** 我的攻坚任务: my squad's hard tasks and milestones; a milestone is marked done with a photo. */
export default function MobileTasks() {
  const { t } = useI18n();
  const { me } = useAuth();
  const tasks = useQuery({ queryKey: [...squadsKey, 'my-tasks'], queryFn: () => squadsApi.myTasks(), meta: { silent: true } });
  const mine = useQuery({ queryKey: [...squadsKey, 'mine'], queryFn: () => squadsApi.mySquad(), meta: { silent: true } });
  // The leader and the task's owners submit it for acceptance.
  const canSubmit = (task: Task) => mine.data?.role === 'leader' || task.owners.some((o) => o.personId === me?.personId);
  const items = tasks.data?.items ?? [];
  return (
    <>
      <MobileBar title={t(m.myTasks)} />
      <div className="vg-m-page" data-testid="my-tasks">
        {tasks.isLoading ? (
          <Loading />
        ) : tasks.error ? (
          <Result status="warning" subTitle={errorText(tasks.error)} />
        ) : items.length === 0 ? (
          <Card size="small" variant="borderless">
            <EmptyState description={t(m.noMyTasks)} />
          </Card>
        ) : (
          items.map((task) => <TaskItem key={task.id} task={task} canSubmit={canSubmit(task)} />)
        )}
      </div>
    </>
  );
}
