import { Card, List, Progress, Tag } from 'antd';
import { CheckCircleFilled, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { MobileBar } from '../../me/MobileBar.js';
import { contentKindLabels, kindLabels, lt } from '../messages.js';
import { QueryState } from './StatusViews.js';

export default function MobileCourse() {
  const { t } = useI18n();
  const nav = useNavigate();
  const id = Number(useParams().id);
  const course = useQuery({ queryKey: ['learning', 'me', 'courses', 'detail', id], queryFn: () => unwrap(client.GET('/api/v1/learning/me/courses/{id}', { params: { path: { id } } })), meta: { silent: true } });
  const c = course.data;
  return (
    <>
      <MobileBar title={c?.title ?? t(lt.courses)} />
      <div className="vg-m-page" data-testid="my-course">
        <QueryState loading={course.isLoading} error={course.error} retry={() => void course.refetch()}>
          {c && (
            <>
              <Card variant="borderless" size="small">
                <Tag color={c.kind === 'required' ? 'red' : 'blue'}>{t(kindLabels[c.kind])}</Tag>
                <span style={{ color: '#8c8c8c' }}>{c.orgName}</span>
                {c.description && <p style={{ margin: '8px 0' }}>{c.description}</p>}
                <Progress percent={c.progress} status={c.completed ? 'success' : 'active'} data-testid="course-progress" />
                <div style={{ fontSize: 12, color: '#8c8c8c' }} data-testid="course-lessons-done">
                  {t(lt.lessonsDone, { done: c.done, total: c.total })}
                  {c.deadline ? ` · ${t(lt.dueBy, { date: new Date(c.deadline).toLocaleDateString() })}` : ''}
                </div>
              </Card>
              <Card variant="borderless" size="small" title={t(lt.lessonCount)}>
                <List
                  dataSource={c.lessons}
                  locale={{ emptyText: <EmptyState /> }}
                  renderItem={(l, i) => (
                    <List.Item onClick={() => nav(`/m/study/lessons/${l.contentId}?course=${c.id}`)} style={{ cursor: 'pointer' }} extra={l.completed ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <RightOutlined />} data-testid={`lesson-${i}`}>
                      <List.Item.Meta title={`${i + 1}. ${l.title}`} description={t(contentKindLabels[l.kind] ?? contentKindLabels.article)} />
                    </List.Item>
                  )}
                />
              </Card>
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}
