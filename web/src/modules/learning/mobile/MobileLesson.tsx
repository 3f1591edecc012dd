import { Alert, Button, Card, Progress } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { useI18n } from '../../../kernel/i18n.js';
import { MobileBar } from '../../me/MobileBar.js';
import { lt } from '../messages.js';
import { QueryState } from './StatusViews.js';
import { useHeartbeat } from './useHeartbeat.js';


/** A lesson: the content item with the reading heartbeat; finishing it completes the lesson in every course holding it. */
export default function MobileLesson() {
  const { t } = useI18n();
  const nav = useNavigate();
  const qc = useQueryClient();
  const contentId = Number(useParams().contentId);
  const courseId = Number(useSearchParams()[0].get('course')) || null;
  const item = useQuery({ queryKey: ['learning', 'lesson', contentId], queryFn: () => unwrap(client.GET('/api/v1/me/content/{id}', { params: { path: { id: contentId } } })), meta: { silent: true } });
  const course = useQuery({ queryKey: ['learning', 'me', 'courses', 'detail', courseId], queryFn: () => unwrap(client.GET('/api/v1/learning/me/courses/{id}', { params: { path: { id: courseId! } } })), enabled: !!courseId, meta: { silent: true } });
  const beat = useHeartbeat(contentId, item.isSuccess, () => void qc.invalidateQueries({ queryKey: ['learning', 'me', 'courses'] }));
  const i = item.data;
  const completed = beat?.completed ?? i?.myProgress?.completed ?? false;
  const lessons = course.data?.lessons ?? [];
  const next = lessons[lessons.findIndex((l) => l.contentId === contentId) + 1];
  const percent = beat ? Math.min(100, Math.round((beat.seconds / beat.thresholdSeconds) * 100)) : 0;

  return (
    <>
      <MobileBar title={i?.title ?? ''} />
      <div className="vg-m-page" data-testid="lesson-page">
        <QueryState loading={item.isLoading} error={item.error} retry={() => void item.refetch()}>
          {i && (
            <>
              {completed ? (
                <Alert type="success" showIcon message={t(lt.lessonDone)} data-testid="lesson-done" />
              ) : (
                <Card variant="borderless" size="small">
                  <div style={{ fontSize: 12, color: '#8c8c8c' }}>{t(lt.reading)}</div>
                  <Progress percent={percent} size="small" data-testid="lesson-progress" />
                </Card>
              )}
              <Card variant="borderless" size="small" title={i.title}>
                {i.kind === 'video' && (
                  <video controls playsInline poster={i.media.poster} src={i.media.video ?? i.videoUrl ?? undefined} style={{ width: '100%', background: '#000', borderRadius: 6 }} />
                )}
                {i.kind === 'pdf' && i.media.pdf && (
                  <a href={i.media.pdf} target="_blank" rel="noreferrer">
                    PDF
                  </a>
                )}
                {/* The body was sanitised by the server before it was stored. */}
                <div className="vg-article" dangerouslySetInnerHTML={{ __html: i.body }} />
                {i.media.document && (
                  <a href={i.media.document} download>
                    {t(lt.wordDocument)}
                  </a>
                )}
              </Card>
              {courseId && (
                <div style={{ display: 'flex', gap: 8 }}>
                  <Button block onClick={() => nav(`/m/study/courses/${courseId}`)}>
                    {t(lt.backToCourse)}
                  </Button>
                  {next && (
                    <Button block type="primary" onClick={() => nav(`/m/study/lessons/${next.contentId}?course=${courseId}`)}>
                      {t(lt.nextLesson)}
                    </Button>
                  )}
                </div>
              )}
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}
