import { Card, Col, Progress, Row, Statistic, Table, Tabs, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { useI18n, punct } from '../../kernel/i18n.js';
import { EmptyState, Loading, PageContainer } from '../../kernel/ui.js';
import { lt, typeLabels } from './messages.js';
import { ExamNotTaken } from './ExamNotTaken.js';
import { OriginNote } from '../../kernel/OriginTag.js';

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
  const passScore = exam.data.passScore;

  return (
    <PageContainer title={exam.data.title} subTitle={`${exam.data.orgName} · ${t(lt.timeLimit)} ${exam.data.timeLimitMinutes}`} card={false}>
      <OriginNote origin={exam.data.origin} />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6} xl={3}><Statistic title={t(lt.started)} value={s?.started ?? 0} loading={stats.isLoading} /></Col>
          <Col xs={12} md={6} xl={3}><Statistic title={t(lt.completedAttempts)} value={s?.submitted ?? 0} /></Col>
          <Col xs={12} md={6} xl={3}><Statistic title={t(lt.notTaken)} value={s?.notTaken ?? 0} /></Col>
          <Col xs={12} md={6} xl={3}><Statistic title={passScore != null ? `${t(lt.passedCount)}${t(punct.open)}${t(lt.passLine, { n: passScore })}${t(punct.close)}` : t(lt.passedCount)} value={s?.passed ?? '—'} /></Col>
          <Col xs={12} md={6} xl={3}><Statistic title={t(lt.auto)} value={s?.autoSubmitted ?? 0} /></Col>
          <Col xs={12} md={6} xl={3}><Statistic title={t(lt.average)} value={s?.averageScore ?? '—'} /></Col>
          <Col xs={12} md={6} xl={3}><Statistic title={t(lt.maxScore)} value={s?.maxScore ?? '—'} /></Col>
          <Col xs={12} md={6} xl={3}><Statistic title={t(lt.minScore)} value={s?.minScore ?? '—'} /></Col>
        </Row>
      </Card>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Tabs
          items={[
            {
              key: 'results',
              label: `${t(lt.results)}${t(punct.open)}${s?.submitted ?? 0}${t(punct.close)}`,
              children: (
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
                    {
                      title: t(lt.verdict),
                      dataIndex: 'passed',
                      render: (v: boolean | null) => (v == null ? '—' : <Tag color={v ? 'success' : 'error'}>{t(v ? lt.passed : lt.failed)}</Tag>),
                    },
                  ]}
                  data-testid="exam-results"
                />
              ),
            },
            { key: 'not-taken', label: `${t(lt.notTaken)}${t(punct.open)}${s?.notTaken ?? 0}${t(punct.close)}`, children: <ExamNotTaken examId={id} /> },
          ]}
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
            { title: t(lt.onPapers), dataIndex: 'count', width: 90 },
            { title: t(lt.answeredTimes), dataIndex: 'answered', width: 90 },
            { title: t(lt.correctTimes), dataIndex: 'correct', width: 90 },
            { title: t(lt.correctRate), dataIndex: 'correctRate', width: 200, render: (v: number) => <Progress percent={Math.round(v * 100)} size="small" /> },
          ]}
          data-testid="exam-statistics"
        />
      </Card>
    </PageContainer>
  );
}
