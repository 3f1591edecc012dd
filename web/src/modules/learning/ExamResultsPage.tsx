import { Card, Col, Progress, Row, Statistic, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { lt, typeLabels } from './messages.js';

type ExamResult = Answer<'/api/v1/learning/exams/{id}/results', 'get'>['items'][number];

/** One exam: its results (people in the caller's scope) and per-question statistics. */
export default function ExamResultsPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const exam = useQuery({ queryKey: ['learning', 'exams', id], queryFn: () => unwrap(client.GET('/api/v1/learning/exams/{id}', { params: { path: { id } } })) });
  const results = useQuery({ queryKey: ['learning', 'exams', id, 'results'], queryFn: async () => (await unwrap(client.GET('/api/v1/learning/exams/{id}/results', { params: { path: { id } } }))).items });
  const stats = useQuery({ queryKey: ['learning', 'exams', id, 'stats'], queryFn: () => unwrap(client.GET('/api/v1/learning/exams/{id}/statistics', { params: { path: { id } } })) });
  if (exam.isLoading) return <Loading />;
  if (!exam.data) return <EmptyState />;
  const s = stats.data;

  return (
    <PageContainer title={exam.data.title} subTitle={`${exam.data.orgName} · ${t(lt.timeLimit)} ${exam.data.timeLimitMinutes}`} card={false}>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={4}><Statistic title={t(lt.started)} value={s?.started ?? 0} loading={stats.isLoading} /></Col>
          <Col span={4}><Statistic title={t(lt.submitted)} value={s?.submitted ?? 0} /></Col>
          <Col span={4}><Statistic title={t(lt.auto)} value={s?.autoSubmitted ?? 0} /></Col>
          <Col span={4}><Statistic title={t(lt.average)} value={s?.averageScore ?? '—'} /></Col>
          <Col span={4}><Statistic title={t(lt.maxScore)} value={s?.maxScore ?? '—'} /></Col>
          <Col span={4}><Statistic title={t(lt.minScore)} value={s?.minScore ?? '—'} /></Col>
        </Row>
      </Card>
      <Card variant="borderless" title={t(lt.results)} style={{ marginBottom: 16 }}>
        <Table<ExamResult>
          rowKey="attemptId"
          size="small"
          loading={results.isLoading}
          dataSource={results.data ?? []}
          locale={{ emptyText: <EmptyState /> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t(lt.name), dataIndex: 'name' },
            { title: t(lt.org), dataIndex: 'orgName', ellipsis: true },
            { title: t(lt.started), dataIndex: 'startedAt', render: (v: string) => new Date(v).toLocaleString() },
            { title: t(lt.submitted), dataIndex: 'submittedAt', render: (v: string | null, r) => (v ? <>{new Date(v).toLocaleString()} {r.autoSubmitted && <Tag>{t(lt.auto)}</Tag>}</> : '—') },
            { title: t(lt.score), dataIndex: 'score', render: (v: number | null, r) => (v == null ? '—' : `${v} / ${r.totalPoints}`) },
          ]}
          data-testid="exam-results"
        />
      </Card>
      <Card variant="borderless" title={t(lt.correctRate)}>
        <Table
          rowKey="questionId"
          size="small"
          loading={stats.isLoading}
          dataSource={s?.questions ?? []}
          locale={{ emptyText: <EmptyState /> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: 'ID', dataIndex: 'questionId', width: 70 },
            { title: t(lt.type), dataIndex: 'type', width: 90, render: (v: string) => t(typeLabels[v]) },
            { title: t(lt.stem), dataIndex: 'stem', ellipsis: true },
            { title: t(lt.attempts), dataIndex: 'count', width: 80 },
            { title: t(lt.completed), dataIndex: 'correct', width: 80 },
            { title: t(lt.correctRate), dataIndex: 'correctRate', width: 200, render: (v: number) => <Progress percent={Math.round(v * 100)} size="small" /> },
          ]}
          data-testid="exam-statistics"
        />
      </Card>
    </PageContainer>
  );
}
