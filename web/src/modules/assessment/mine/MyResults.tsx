import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Answer } from '../../../kernel/api-client.js';
import { showError, showSuccess } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { validValues } from '../../../kernel/form-values.js';
import { common, fill, punct, useI18n } from '../../../kernel/i18n.js';
import { EmptyState, Loading } from '../../../kernel/ui.js';
import { assessmentKey } from '../assessment.api.js';
import { appealStatusColor, appealStatusText, asText as m, gradeColor, statusColor } from '../messages.js';

type MyResult = Answer<'/api/v1/me/assessment/results', 'get'>['items'][number];
type Leaf = MyResult['leaves'][number];
type Appeal = Answer<'/api/v1/me/assessment/appeals', 'get'>['items'][number];
const myKey = [...assessmentKey, 'mine'];

/** The caller's (or their organisation's) results item by item; within the window an item's score can be appealed. */
export function MyResults() {
  const { t } = useI18n();
  const results = useQuery({ queryKey: [...myKey, 'results'], queryFn: () => unwrap(client.GET('/api/v1/me/assessment/results')) });
  const appeals = useQuery({ queryKey: [...myKey, 'appeals'], queryFn: () => unwrap(client.GET('/api/v1/me/assessment/appeals')) });
  const [appealing, setAppealing] = useState<{ result: MyResult; leaf: Leaf } | null>(null);
  if (results.isLoading) return <Loading />;
  const items = results.data?.items ?? [];
  const open = new Set((appeals.data?.items ?? []).filter((a) => a.status === 'open').map((a) => `${a.targetId}:${a.leafKey}`));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {items.length === 0 && <EmptyState description={t(m.noMyResults)} />}
      {items.map((r) => (
        <Card
          key={r.targetId}
          data-testid={`my-result-${r.targetId}`}
          title={`${r.roundName} · ${r.name}`}
          extra={
            <Space>
              <Tag color={statusColor[r.roundStatus]}>{t(m[r.roundStatus])}</Tag>
              {r.appealOpen && r.appealUntil ? <Tag color="processing">{fill(t(m.appealUntil), { t: new Date(r.appealUntil).toLocaleString() })}</Tag> : <Tag>{t(m.appealClosed)}</Tag>}
            </Space>
          }
        >
          {r.result && (
            <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t(m.total)}>{Number(r.result.total).toFixed(2)}</Descriptions.Item>
              <Descriptions.Item label={t(m.grade)}>
                <Tag color={gradeColor[r.result.grade]}>{t(m[r.result.grade])}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t(m.rank)}>{r.result.rank}</Descriptions.Item>
            </Descriptions>
          )}
          <Table<Leaf>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={r.leaves}
            columns={[
              { title: t(m.appealItem), dataIndex: 'name', render: (_: string, l) => [...l.path, l.name].join(' / ') },
              { title: t(m.weight), dataIndex: 'weight', width: 100 },
              { title: t(m.score), dataIndex: 'score', width: 100, render: (v: number | null) => (v === null ? '—' : Number(v).toFixed(1)) },
              {
                title: t(common.actions),
                key: 'a',
                width: 120,
                render: (_: unknown, l) =>
                  open.has(`${r.targetId}:${l.key}`) ? (
                    <Tag color="processing">{t(m.appealOpen)}</Tag>
                  ) : r.appealOpen ? (
                    <Button size="small" onClick={() => setAppealing({ result: r, leaf: l })} data-testid={`appeal-${l.key}`}>
                      {t(m.appeal)}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      ))}
      <Card title={t(m.myAppeals)}>
        <AppealList items={appeals.data?.items ?? []} loading={appeals.isLoading} />
      </Card>
      {appealing && <AppealDialog result={appealing.result} leaf={appealing.leaf} onClose={() => setAppealing(null)} />}
    </Space>
  );
}

function AppealList({ items, loading }: { items: Appeal[]; loading: boolean }) {
  const { t } = useI18n();
  return (
    <Table<Appeal>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: <EmptyState description={t(m.noAppeals)} /> }}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: t(m.round), dataIndex: 'roundName' },
        { title: t(m.appealItem), dataIndex: 'leafName' },
        { title: t(m.appealReason), dataIndex: 'reason', ellipsis: true },
        { title: t(m.status), dataIndex: 'status', width: 100, render: (s: Appeal['status']) => <Tag color={appealStatusColor[s]}>{t(appealStatusText[s])}</Tag> },
        {
          title: t(m.appealAnswer),
          dataIndex: 'answer',
          render: (a: string | null, row) => (
            <Typography.Text>
              {a ?? '—'}
              {row.scoreAfter !== null && row.scoreBefore !== null ? `${t(punct.open)}${fill(t(m.scoreChange), { a: row.scoreBefore, b: row.scoreAfter })}${t(punct.close)}` : ''}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}

function AppealDialog({ result, leaf, onClose }: { result: MyResult; leaf: Leaf; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const file = useMutation({
    mutationFn: (reason: string) => unwrap(client.POST('/api/v1/me/assessment/appeals', { body: { targetId: result.targetId, leafKey: leaf.key, reason } })),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(m.appealFiled));
      void qc.invalidateQueries({ queryKey: myKey });
      onClose();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err)) showError(err);
    },
  });
  const ok = async () => {
    const v = await validValues(form);
    if (v) file.mutate(v.reason);
  };
  return (
    <Modal open title={fill(t(m.appealTitle), { leaf: leaf.name })} onOk={ok} onCancel={onClose} confirmLoading={file.isPending} okText={t(m.appeal)} cancelText={t(common.cancel)} okButtonProps={{ 'data-testid': 'appeal-ok' }} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t(m.appealReason)} rules={[{ required: true, whitespace: true, message: t(m.appealReasonRequired) }]}>
          <Input.TextArea rows={5} maxLength={2000} showCount data-testid="appeal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
