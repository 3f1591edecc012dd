import { Button, Card, Form, Input, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { showError, showSuccess } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { sText } from '../messages.js';
import { cText as m } from '../case-messages.js';
import { showcaseApi, showcaseKey } from '../showcase.api.js';

/** 案例评审 on the phone: my blind cases by code, then one case to read and score on the rubric. */
export default function ReviewPage() {
  const { t } = useI18n();
  const id = Number(useParams().id) || null;
  const nav = useNavigate();
  const list = useQuery({ queryKey: [...showcaseKey, 'mine', 'phone'], queryFn: () => showcaseApi.myAssignments({ page: 1, pageSize: 100 }), enabled: !id });
  if (id) return <ReviewCase id={id} />;
  return (
    <div>
      <MobileBar title={t(m.reviewTasks)} />
      <div style={{ padding: 12 }}>
        {list.isLoading && <Loading />}
        {list.data?.items.length === 0 && <EmptyState description={t(m.noTasks)} />}
        <Space direction="vertical" style={{ width: '100%' }}>
          {(list.data?.items ?? []).map((a) => (
            <Card key={a.id} size="small" onClick={() => nav(`/m/review/${a.id}`)} data-testid={`task-${a.caseCode}`}
              title={<Space size={4}><Tag>{a.caseCode}</Tag>{a.round === 2 && <Tag color="purple">{t(m.round2)}</Tag>}</Space>}
              extra={a.total === null ? <Tag color="orange">{t(m.pending)}</Tag> : <Tag color="green">{t(m.scored, { n: a.total })}</Tag>}>
              <Typography.Text strong>{a.title}</Typography.Text>
              <div><Typography.Text type="secondary">{a.categoryName} · {a.competitionTitle}</Typography.Text></div>
            </Card>
          ))}
        </Space>
      </div>
    </div>
  );
}

function ReviewCase({ id }: { id: number }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const nav = useNavigate();
  const [saving, setSaving] = useState(false);
  const q = useQuery({ queryKey: [...showcaseKey, 'case', id], queryFn: () => showcaseApi.myAssignment(id) });
  const c = q.data;
  return (
    <div>
      <MobileBar title={c?.caseCode ?? t(m.reviewTasks)} back="/m/review" />
      {!c ? (
        <Loading />
      ) : (
        <div style={{ padding: 12 }}>
          <Typography.Title level={5} data-testid="case-title">{c.title}</Typography.Title>
          <Typography.Text type="secondary">{c.categoryName}</Typography.Text>
          {c.parts.map((p) => (
            <div key={p.key} style={{ marginTop: 12 }}>
              <Typography.Text strong>{p.label}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{p.text}</Typography.Paragraph>
            </div>
          ))}
          {c.files.length > 0 && (
            <List size="small" dataSource={c.files} renderItem={(f) => <List.Item><a href={`/api/v1/showcase/review/assignments/${c.id}/files/${f.id}`} target="_blank" rel="noreferrer">{f.label}</a></List.Item>} />
          )}
          <Form
            layout="vertical"
            disabled={!c.open}
            initialValues={{ ...(c.scores ?? {}), comment: c.comment ?? '' }}
            onFinish={async (v: Record<string, number | string>) => {
              setSaving(true);
              try {
                const scores = Object.fromEntries(c.rubric.map((r) => [r.key, Number(v[r.key])]));
                const r = await showcaseApi.score(c.id, { scores, comment: String(v.comment ?? '') });
                showSuccess(t(sText.scoreSaved, { n: r.total }));
                await qc.invalidateQueries({ queryKey: showcaseKey });
                nav('/m/review');
              } catch (err) {
                showError(err);
              } finally {
                setSaving(false);
              }
            }}
          >
            {c.rubric.map((r) => (
              <Form.Item key={r.key} name={r.key} label={`${r.label}（${Math.round(r.weight * 100)}%，满分 ${r.max}）`} rules={[{ required: true }]}>
                <InputNumber min={0} max={r.max} step={0.5} inputMode="decimal" style={{ width: '100%' }} data-testid={`score-${r.key}`} />
              </Form.Item>
            ))}
            <Form.Item name="comment" label={t(sText.comment)}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={saving} data-testid="submit-score">
              {c.open ? t(sText.submitScore) : t(sText.closed)}
            </Button>
          </Form>
        </div>
      )}
    </div>
  );
}
