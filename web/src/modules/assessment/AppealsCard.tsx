import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Radio, Segmented, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { modal, showError, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { validValues } from '../../kernel/form-values.js';
import { common, fill, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/ui.js';
import { assessmentKey, type Round } from './assessment.api.js';
import { appealStatusColor, appealStatusText, asText as m } from './messages.js';

type Appeal = Answer<'/api/v1/assessment/rounds/{id}/appeals', 'get'>['items'][number];
type Status = Appeal['status'];

/** The round's appeals for the committee: filter by status, answer an open one (keep the score, or change it and regrade). */
export function AppealsCard({ round }: { round: Round }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status | 'all'>('open');
  const [page, setPage] = useState(1);
  const [answering, setAnswering] = useState<Appeal | null>(null);
  const query = { status: status === 'all' ? undefined : status, page, pageSize: 20 };
  const appeals = useQuery({
    queryKey: [...assessmentKey, 'round', round.id, 'appeals', query],
    queryFn: () => unwrap(client.GET('/api/v1/assessment/rounds/{id}/appeals', { params: { path: { id: round.id }, query } })),
    placeholderData: keepPreviousData,
  });
  return (
    <Card variant="borderless" title={t(m.appeals)} style={{ marginBottom: 16 }} data-testid="appeals-card">
      <Segmented
        style={{ marginBottom: 12 }}
        value={status}
        onChange={(v) => {
          setStatus(v as Status | 'all');
          setPage(1);
        }}
        options={[{ value: 'open', label: t(m.appealOpen) }, { value: 'upheld', label: t(m.appealUpheld) }, { value: 'rejected', label: t(m.appealRejected) }, { value: 'all', label: t(m.allAppeals) }]}
      />
      <Table<Appeal>
        rowKey="id"
        size="small"
        loading={appeals.isFetching}
        dataSource={appeals.data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(m.noAppeals)} /> }}
        pagination={{ current: page, pageSize: 20, total: appeals.data?.total ?? 0, onChange: setPage, showTotal: (n) => t(common.total, { n }) }}
        columns={[
          { title: t(m.targetName), dataIndex: 'targetName' },
          { title: t(m.appealItem), dataIndex: 'leafName' },
          { title: t(m.appealReason), dataIndex: 'reason', ellipsis: true },
          { title: t(m.score), key: 'score', width: 120, render: (_: unknown, a) => (a.scoreAfter !== null && a.scoreBefore !== null ? fill(t(m.scoreChange), { a: a.scoreBefore, b: a.scoreAfter }) : (a.scoreBefore ?? '—')) },
          { title: t(m.status), dataIndex: 'status', width: 100, render: (s: Status) => <Tag color={appealStatusColor[s]}>{t(appealStatusText[s])}</Tag> },
          { title: t(m.appealAnswer), dataIndex: 'answer', ellipsis: true, render: (a: string | null) => a ?? '—' },
          {
            title: t(common.actions),
            key: 'a',
            width: 110,
            render: (_: unknown, a) =>
              a.status === 'open' ? (
                <Button size="small" type="primary" onClick={() => setAnswering(a)} data-testid={`answer-appeal-${a.id}`}>
                  {t(m.answerAppeal)}
                </Button>
              ) : null,
          },
        ]}
      />
      {answering && <AnswerDialog round={round} appeal={answering} onClose={() => setAnswering(null)} />}
    </Card>
  );
}

interface AnswerValues {
  decision: 'upheld' | 'rejected';
  answer: string;
  score?: number;
}

function AnswerDialog({ round, appeal, onClose }: { round: Round; appeal: Appeal; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<AnswerValues>();
  const decision = Form.useWatch('decision', form);
  const answer = useMutation({
    mutationFn: (v: AnswerValues) =>
      unwrap(client.POST('/api/v1/assessment/rounds/{id}/appeals/{appealId}/answer', { params: { path: { id: round.id, appealId: appeal.id } }, body: v.decision === 'upheld' ? v : { decision: v.decision, answer: v.answer } })),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(m.answered));
      void qc.invalidateQueries({ queryKey: [...assessmentKey, 'round', round.id] });
      onClose();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err)) showError(err);
    },
  });
  const ok = async () => {
    const v = await validValues(form);
    if (!v) return;
    if (v.decision === 'upheld') modal().confirm({ title: t(m.answerConfirm), okText: t(m.confirmChange), cancelText: t(common.cancel), onOk: () => answer.mutateAsync(v).catch(() => undefined) });
    else answer.mutate(v);
  };
  return (
    <Modal open title={`${t(m.answerAppeal)} · ${appeal.targetName}`} onOk={ok} onCancel={onClose} confirmLoading={answer.isPending} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ 'data-testid': 'answer-ok' }} destroyOnHidden>
      <Typography.Paragraph>
        {appeal.leafName}：{appeal.reason}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ decision: 'rejected' }}>
        <Form.Item name="decision" label={t(m.decision)} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'rejected', label: t(m.decideReject) },
              { value: 'upheld', label: t(m.decideUphold) },
            ]}
          />
        </Form.Item>
        {decision === 'upheld' && (
          <Form.Item name="score" label={t(m.newScore)} rules={[{ required: true, message: t(m.newScoreRequired) }]}>
            <InputNumber min={0} max={100} step={0.5} data-testid="answer-score" />
          </Form.Item>
        )}
        <Form.Item name="answer" label={t(m.appealAnswer)} rules={[{ required: true, whitespace: true, message: t(m.answerRequired) }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="answer-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
