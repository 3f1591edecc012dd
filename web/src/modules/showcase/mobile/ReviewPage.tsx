import { Card, List, Space, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { sText } from '../messages.js';
import { cText as m } from '../case-messages.js';
import { RubricScoreForm } from '../RubricScoreForm.js';
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
  const nav = useNavigate();
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
          <RubricScoreForm c={c} phone onSaved={() => nav('/m/review')} />
        </div>
      )}
    </div>
  );
}
