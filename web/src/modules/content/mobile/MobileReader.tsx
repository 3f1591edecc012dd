import { Button, Card, Progress, Result, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { errorText, showSuccess } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { ContentBody } from '../ContentBody.js';
import { cText as m } from '../messages.js';
import { contentKey } from '../useWorkflow.js';
import { useHeartbeat } from './useHeartbeat.js';
import { categoryColor, contentCategoryLabels } from '../categories.js';

/** As the server's confirm-read: one heartbeat interval of reading first. */
const CONFIRM_MIN_SECONDS = 10;

/** Reading an item on the phone; study time accrues through the heartbeat while the page is in front. */
export default function MobileReader() {
  const id = Number(useParams().id);
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const { data: item, isLoading, error } = useQuery({ queryKey: [...contentKey, 'read', id], queryFn: () => unwrap(client.GET('/api/v1/me/content/{id}', { params: { path: { id } } })), meta: { silent: true } });
  const done = () => {
    showSuccess(t(m.completedNotice));
    void qc.invalidateQueries({ queryKey: [...contentKey, 'feed'] });
    void qc.invalidateQueries({ queryKey: [...contentKey, 'required'] });
    void qc.invalidateQueries({ queryKey: ['points'] });
  };
  const beat = useHeartbeat(item ? id : null, done);
  const confirm = useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/me/content/{id}/confirm-read', { params: { path: { id } } })),
    onSuccess: () => {
      done();
      void qc.invalidateQueries({ queryKey: [...contentKey, 'read', id] });
    },
  });
  const seconds = beat?.seconds ?? item?.myProgress?.seconds ?? 0;
  const completed = Boolean(confirm.data?.completed) || (beat?.completed ?? item?.myProgress?.completed ?? false);
  // As the server's heartbeat: 80 % of a video, an article's estimated reading time (whole minutes, at least one).
  const threshold = beat?.thresholdSeconds ?? (item?.kind === 'video' ? Math.ceil((item.durationSeconds ?? 300) * 0.8) : Math.max(item?.estimatedSeconds ?? 60, 60));

  return (
    <>
      <MobileBar title={t(m.study)} />
      <div className="vg-m-page">
        {isLoading ? (
          <Loading />
        ) : error || !item ? (
          <Card variant="borderless">
            <Result status="warning" subTitle={errorText(error)} />
          </Card>
        ) : (
          <>
            <Card size="small" variant="borderless">
              <h2 style={{ fontSize: 19, margin: '0 0 6px' }}>{item.title}</h2>
              <div style={{ fontSize: 12, color: '#888', marginBottom: 12 }}>
                {item.requiredBy && <Tag color="red">{t(m.required)}</Tag>}
                {item.category && <Tag color={categoryColor[item.category]}>{contentCategoryLabels[item.category][lang]}</Tag>}
                <Tag>{t(m[item.kind])}</Tag>
                {item.orgName}
                {item.publishedAt && ` · ${new Date(item.publishedAt).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB')}`}
              </div>
              {item.summary && <div style={{ background: '#fafafa', borderLeft: '3px solid #c8161d', padding: '8px 12px', color: '#555', marginBottom: 12 }}>{item.summary}</div>}
              <ContentBody item={item} body={item.body} pdfHeight="60vh" />
            </Card>
            <Card size="small" variant="borderless" title={t(m.progress)} data-testid="reading-progress">
              {completed ? (
                <Tag color="green" data-testid="reading-done">{t(m.completedNotice)}</Tag>
              ) : (
                <>
                  <Progress percent={Math.min(99, Math.round((seconds / threshold) * 100))} />
                  <div style={{ fontSize: 12, color: '#888' }}>{t(m.keepReading)}</div>
                </>
              )}
              <div style={{ fontSize: 12, color: '#888' }} data-testid="reading-learned">{t(m.learnedTime, { m: Math.floor(seconds / 60), s: seconds % 60 })}</div>
              {item.requiredBy && !completed && (
                <div style={{ marginTop: 12 }}>
                  <Button block type="primary" disabled={seconds < CONFIRM_MIN_SECONDS} loading={confirm.isPending} onClick={() => confirm.mutate()} data-testid="confirm-read">
                    {t(m.confirmRead)}
                  </Button>
                  <div style={{ fontSize: 12, color: '#888', marginTop: 4 }}>{confirm.error ? errorText(confirm.error) : t(m.confirmReadHelp)}</div>
                </div>
              )}
            </Card>
          </>
        )}
      </div>
    </>
  );
}
