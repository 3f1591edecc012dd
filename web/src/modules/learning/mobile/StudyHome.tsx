import { useState } from 'react';
import { Card, List, Pagination, Progress, Tag } from 'antd';
import { BookOutlined, EditOutlined, FileDoneOutlined, FireOutlined, HistoryOutlined, ScheduleOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { MobileBar } from '../../me/MobileBar.js';
import { challengeText, kindLabels, lt } from '../messages.js';
import { QueryState } from './StatusViews.js';

const PAGE = 10;

/** 学习中心: continue my courses, and the way into the daily quiz, exams and the wrong-answer book. */
export default function StudyHome() {
  const { t } = useI18n();
  const nav = useNavigate();
  const [page, setPage] = useState(1);
  const courses = useQuery({
    queryKey: ['learning', 'me', 'courses', page],
    queryFn: () => unwrap(client.GET('/api/v1/learning/me/courses', { params: { query: { page, pageSize: PAGE } } })),
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
  const reviews = useQuery({ queryKey: ['learning', 'me', 'reviews'], queryFn: () => unwrap(client.GET('/api/v1/learning/me/reviews')), meta: { silent: true } });
  return (
    <>
      <MobileBar title={t(lt.studyCentre)} />
      <div className="vg-m-page" data-testid="study-home">
        <Card variant="borderless" size="small">
          <div className="vg-m-links">
            <Link className="vg-m-link" to="/m/study/quiz" data-testid="link-quiz">
              <EditOutlined />
              <span>{t(lt.dailyQuiz)}</span>
            </Link>
            <Link className="vg-m-link" to="/m/study/challenge" data-testid="link-challenge">
              <FireOutlined />
              <span>{t(challengeText.title)}</span>
            </Link>
            <Link className="vg-m-link" to="/m/study/exams">
              <ScheduleOutlined />
              <span>{t(lt.myExams)}</span>
            </Link>
            <Link className="vg-m-link" to="/m/study/wrong">
              <FileDoneOutlined />
              <span>{t(lt.wrongBook)}</span>
            </Link>
          </div>
          {reviews.data && (
            <Link to="/m/study/quiz" style={{ display: 'block', marginTop: 8, fontSize: 13, color: reviews.data.due ? '#c8161d' : '#8c8c8c' }} data-testid="reviews-due">
              <HistoryOutlined /> {t(lt.reviewsDue, { n: reviews.data.due })}
            </Link>
          )}
        </Card>
        <Card variant="borderless" size="small" title={<><BookOutlined /> {t(lt.continueLearning)}</>}>
          <QueryState loading={courses.isLoading} error={courses.error} retry={() => void courses.refetch()}>
            <List
              dataSource={courses.data?.items ?? []}
              locale={{ emptyText: <EmptyState description={t(lt.noCourses)} /> }}
              renderItem={(c) => (
                <List.Item onClick={() => nav(`/m/study/courses/${c.id}`)} style={{ cursor: 'pointer', display: 'block' }} data-testid={`my-course-${c.id}`}>
                  <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                    <strong>{c.title}</strong>
                    <Tag color={c.kind === 'required' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
                      {t(kindLabels[c.kind])}
                    </Tag>
                  </div>
                  <Progress percent={c.progress} size="small" status={c.completed ? 'success' : 'active'} />
                  <div style={{ fontSize: 12, color: '#8c8c8c' }}>
                    {t(lt.lessonsDone, { done: c.done, total: c.total })}
                    {c.deadline && !c.completed ? ` · ${t(lt.dueBy, { date: new Date(c.deadline).toLocaleDateString() })}` : ''}
                    {c.completed ? ` · ${t(lt.done)}` : ''}
                  </div>
                </List.Item>
              )}
            />
            {(courses.data?.total ?? 0) > PAGE && <Pagination simple current={page} pageSize={PAGE} total={courses.data?.total ?? 0} onChange={setPage} style={{ marginTop: 8, textAlign: 'center' }} />}
          </QueryState>
        </Card>
      </div>
    </>
  );
}
