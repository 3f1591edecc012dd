import { useState, type ReactNode } from 'react';
import { Button, Card, Col, Empty, Form, Image, Input, Modal, Row, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { modal, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { sqText as m, taskStatusColor } from './messages.js';
import { squadsApi, squadsKey, type Evidence, type Milestone, type Task, type TaskStatus } from './squads.api.js';

const columns: TaskStatus[] = ['open', 'submitted', 'returned', 'accepted'];

/** A small WebP of an evidence photo (the server scales images given a width). */
const thumb = (url: string) => `${url}${url.includes('?') ? '&' : '?'}w=96`;

/** Evidence photos as small thumbnails (full size in the preview), other files as links. */
export function EvidenceStrip({ items }: { items: Evidence[] }) {
  if (items.length === 0) return null;
  return (
    <div style={{ marginTop: 4, display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      <Image.PreviewGroup>
        {items.map((e) =>
          e.mime.startsWith('image/') ? (
            <Image key={e.id} src={thumb(e.url)} preview={{ src: e.url }} width={48} height={48} style={{ objectFit: 'cover' }} alt={e.originalName} />
          ) : (
            <a key={e.id} href={e.url}>
              {e.originalName}
            </a>
          ),
        )}
      </Image.PreviewGroup>
    </div>
  );
}

export function MilestoneLine({ ms, action }: { ms: Milestone; action?: ReactNode }) {
  const { t } = useI18n();
  const icon = ms.status === 'done' ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : ms.overdue ? <ExclamationCircleOutlined style={{ color: '#c8161d' }} /> : <ClockCircleOutlined style={{ color: '#999' }} />;
  return (
    <div style={{ display: 'flex', gap: 6, alignItems: 'flex-start', fontSize: 13 }} data-testid={`milestone-${ms.id}`}>
      {icon}
      <div style={{ flex: 1, minWidth: 0 }}>
        <div>{ms.title}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(m.dueAt, { d: ms.dueOn })}
          {ms.status === 'done' && ms.onTime != null && ` · ${t(ms.onTime ? m.onTime : m.late)}`}
          {ms.status === 'open' && ms.overdue && ` · ${t(m.overdue)}`}
        </Typography.Text>
        {action}
        <EvidenceStrip items={ms.evidence} />
      </div>
    </div>
  );
}

/** Returning a task or reopening a milestone: both need a reason. */
function ReasonDialog(props: { title: string; okText: string; done: string; onOk: (reason: string) => Promise<unknown>; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const run = useMutation({
    mutationFn: (v: { reason: string }) => props.onOk(v.reason.trim()),
    onSuccess: () => {
      showSuccess(props.done);
      void qc.invalidateQueries({ queryKey: squadsKey });
      props.onClose();
    },
    onError: (err) => applyFieldErrors(form, err),
  });
  return (
    <Modal open title={props.title} onCancel={props.onClose} onOk={() => form.submit()} confirmLoading={run.isPending} okText={props.okText} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => run.mutate(v)}>
        <Form.Item name="reason" label={t(m.returnReason)} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TaskCard({ task, canWrite }: { task: Task; canWrite: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [reopening, setReopening] = useState<Milestone | null>(null);
  const submit = useMutation({
    mutationFn: () => squadsApi.submitTask(task.id),
    onSuccess: () => {
      showSuccess(t(m.submittedOk));
      void qc.invalidateQueries({ queryKey: squadsKey });
    },
  });
  const allDone = task.milestones.every((x) => x.status === 'done');
  const accept = useMutation({
    mutationFn: () => squadsApi.acceptTask(task.id),
    onSuccess: () => {
      showSuccess(t(m.acceptedOk));
      void qc.invalidateQueries({ queryKey: squadsKey });
    },
  });
  const decidable = canWrite && task.status === 'submitted';
  return (
    <Card
      size="small"
      title={<span style={{ whiteSpace: 'normal' }}>{task.title}</span>}
      extra={<Tag color={taskStatusColor[task.status]}>{t(m[task.status])}</Tag>}
      data-testid={`task-${task.id}`}
      style={{ marginBottom: 8 }}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {`${t(m.difficulty)}${t(punct.colon)}${t(m[`difficulty${task.difficulty}` as 'difficulty1'])} · ${t(m.dueAt, { d: task.dueOn })}`}
          {task.onTime != null && ` · ${t(task.onTime ? m.onTime : m.late)}`}
        </Typography.Text>
        {task.owners.length > 0 && <Typography.Text style={{ fontSize: 12 }}>{`${t(m.owners)}${t(punct.colon)}${task.owners.map((o) => o.name).join('、')}`}</Typography.Text>}
        <EvidenceStrip items={task.evidence} />
        {task.returnReason && task.status === 'returned' && <Typography.Text type="danger" style={{ fontSize: 12 }}>{`${t(m.returnReason)}${t(punct.colon)}${task.returnReason}`}</Typography.Text>}
        {task.milestones.map((ms) => (
          <MilestoneLine
            key={ms.id}
            ms={ms}
            action={
              canWrite &&
              ms.status === 'done' &&
              task.status !== 'accepted' && (
                <a style={{ fontSize: 12 }} onClick={() => setReopening(ms)}>
                  {t(m.reopen)}
                </a>
              )
            }
          />
        ))}
        {canWrite && (task.status === 'open' || task.status === 'returned') && allDone && (
          <Button size="small" loading={submit.isPending} onClick={() => submit.mutate()} data-testid={`task-submit-${task.id}`}>
            {t(m.submitForOwners)}
          </Button>
        )}
        {decidable && (
          <Space>
            <Button
              size="small"
              type="primary"
              loading={accept.isPending}
              data-testid={`task-accept-${task.id}`}
              onClick={() =>
                modal()?.confirm({
                  title: t(m.accept),
                  content: t(m.acceptConfirm, { title: task.title }),
                  okText: t(m.accept),
                  cancelText: t(common.cancel),
                  onOk: () => accept.mutateAsync(),
                })
              }
            >
              {t(m.accept)}
            </Button>
            <Button size="small" danger onClick={() => setReturning(true)} data-testid={`task-return-${task.id}`}>
              {t(m.return)}
            </Button>
          </Space>
        )}
      </Space>
      {returning && (
        <ReasonDialog title={`${t(m.return)} · ${task.title}`} okText={t(m.return)} onOk={(reason) => squadsApi.returnTask(task.id, reason)} done={t(m.returnedOk)} onClose={() => setReturning(false)} />
      )}
      {reopening && (
        <ReasonDialog
          title={`${t(m.reopen)} · ${reopening.title}`}
          okText={t(m.reopen)}
          onOk={(reason) => squadsApi.reopenMilestone(reopening.id, reason)}
          done={t(common.saved)}
          onClose={() => setReopening(null)}
        />
      )}
    </Card>
  );
}

/** The squad's hard tasks as a board: one column per status. */
export function TasksBoard({ tasks, canWrite }: { tasks: Task[]; canWrite: boolean }) {
  const { t } = useI18n();
  if (tasks.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(m.noTasks)} />;
  return (
    <Row gutter={12} data-testid="tasks-board">
      {columns.map((s) => {
        const list = tasks.filter((x) => x.status === s);
        return (
          <Col key={s} xs={24} md={12} xl={6}>
            <div style={{ background: '#fafafa', borderRadius: 6, padding: 8, minHeight: 120 }} data-testid={`tasks-col-${s}`}>
              <div style={{ fontWeight: 600, marginBottom: 8 }}>
                <Tag color={taskStatusColor[s]}>{t(m[s])}</Tag> {list.length}
              </div>
              {list.map((x) => (
                <TaskCard key={x.id} task={x} canWrite={canWrite} />
              ))}
            </div>
          </Col>
        );
      })}
    </Row>
  );
}
