import { Button, Card, List, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { MobileBar } from '../../me/MobileBar.js';
import { lt, statusLabels } from '../messages.js';
import { QueryState } from './StatusViews.js';

export default function MobileExams() {
  const { t } = useI18n();
  const nav = useNavigate();
  const exams = useQuery({ queryKey: ['learning', 'me', 'exams'], queryFn: async () => (await unwrap(client.GET('/api/v1/learning/me/exams'))).items, meta: { silent: true } });
  return (
    <>
      <MobileBar title={t(lt.myExams)} />
      <div className="vg-m-page" data-testid="my-exams">
        <Card variant="borderless" size="small">
          <QueryState loading={exams.isLoading} error={exams.error} retry={() => void exams.refetch()}>
            <List
              dataSource={exams.data ?? []}
              locale={{ emptyText: <EmptyState description={t(lt.noExams)} /> }}
              pagination={(exams.data?.length ?? 0) > 10 ? { pageSize: 10, simple: true, align: 'center' } : false}
              renderItem={(e) => {
                const action = e.submittedAt ? lt.viewResult : e.attemptId ? lt.continueExam : lt.startExam;
                const canStart = e.attemptId != null || e.status === 'published';
                return (
                  <List.Item
                    extra={
                      <Button size="small" type={e.submittedAt ? 'default' : 'primary'} disabled={!canStart} onClick={() => nav(`/m/study/exams/${e.id}`)} data-testid={`exam-${e.id}`}>
                        {t(action)}
                      </Button>
                    }
                  >
                    <List.Item.Meta
                      title={e.title}
                      description={
                        <>
                          {t(lt.timeLimit)} {e.timeLimitMinutes}
                          {e.closesAt ? ` · ${t(lt.closesAt)} ${new Date(e.closesAt).toLocaleString()}` : ''}
                          {e.submittedAt && e.score != null && (
                            <Tag color={e.passed == null ? 'default' : e.passed ? 'success' : 'error'} style={{ marginInlineStart: 6 }}>
                              {`${e.score}/${e.totalPoints}${e.passed == null ? '' : ` ${t(e.passed ? lt.passed : lt.failed)}`}`}
                            </Tag>
                          )}
                          {e.status === 'closed' && <Tag style={{ marginInlineStart: 6 }}>{t(statusLabels.closed)}</Tag>}
                        </>
                      }
                    />
                  </List.Item>
                );
              }}
            />
          </QueryState>
        </Card>
      </div>
    </>
  );
}
