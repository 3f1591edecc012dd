import { Alert, Card, Drawer, Statistic, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { rText as m } from '../research/messages.js';
import { fmtTime } from '../usePairing.js';
import { coStudyApi, coStudyKey, type Attendees } from './costudy.api.js';

type CadreRow = Attendees['cadres'][number];
type EntrepreneurRow = Attendees['entrepreneurs'][number];

/** Who came to a co-study session, by side: cadres from the engine's attendance, entrepreneurs from their sign-ups. */
export function AttendeesDrawer({ activityId, title, onClose }: { activityId: number | null; title?: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const q = useQuery({ queryKey: [...coStudyKey, 'attendees', activityId], queryFn: () => coStudyApi.attendees(activityId!), enabled: activityId != null, meta: { silent: true } });
  const d = q.data;
  const empty = { emptyText: <EmptyState description={t(m.noAttendees)} /> };
  return (
    <Drawer open={activityId != null} onClose={onClose} size={720} title={`${t(m.attendeesTitle)} · ${d?.title ?? title ?? ''}`} destroyOnHidden>
      {q.isLoading ? (
        <Loading />
      ) : !d ? (
        <Alert type="error" showIcon title={errorText(q.error)} />
      ) : (
        <div data-testid="co-attendees" style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
          <div style={{ display: 'flex', gap: 32 }}>
            <Statistic title={t(m.capacity)} value={d.capacity ?? t(m.unlimited)} />
            <Statistic title={t(m.cadresAttended)} value={d.counts.cadresAttended} />
            <Statistic title={t(m.entrepreneursSignedUp)} value={d.counts.entrepreneursSignedUp} />
            <Statistic title={t(m.entrepreneursWaitlisted)} value={d.counts.entrepreneursWaitlisted} />
            <Statistic title={t(m.entrepreneursAttended)} value={d.counts.entrepreneursAttended} />
          </div>
          <Card size="small" title={t(m.sides.cadre)}>
            <Table<CadreRow>
              rowKey="personId"
              size="small"
              pagination={false}
              dataSource={d.cadres}
              locale={empty}
              columns={[
                { title: t(m.name), dataIndex: 'name', width: 100 },
                { title: t(m.affiliation), dataIndex: 'orgName', ellipsis: true },
                { title: t(m.checkedInAt), dataIndex: 'checkedInAt', width: 150, render: (v: string) => fmtTime(v, lang) },
                { title: t(m.checkedOutAt), dataIndex: 'checkedOutAt', width: 150, render: (v: string | null) => fmtTime(v, lang) },
              ]}
            />
          </Card>
          <Card size="small" title={t(m.sides.entrepreneur)}>
            <Table<EntrepreneurRow>
              rowKey="entrepreneurId"
              size="small"
              pagination={false}
              dataSource={d.entrepreneurs}
              locale={empty}
              data-testid="co-attendees-entrepreneurs"
              columns={[
                { title: t(m.name), dataIndex: 'name', width: 100 },
                { title: t(m.company), dataIndex: 'company', ellipsis: true },
                { title: t(m.signedUpAt), dataIndex: 'signedUpAt', width: 150, render: (v: string) => fmtTime(v, lang) },
                {
                  title: t(m.signupState),
                  key: 'state',
                  width: 110,
                  render: (_: unknown, r) => (
                    <>
                      <Tag color={r.cancelledAt ? 'default' : r.status === 'waitlisted' ? 'gold' : 'blue'}>{t(m.signupStates[r.cancelledAt ? 'cancelled' : r.status])}</Tag>
                      {r.promotedAt && !r.cancelledAt && <div style={{ color: '#888', fontSize: 12 }}>{t(m.promoted)}</div>}
                    </>
                  ),
                },
                {
                  title: t(m.checkedInAt),
                  key: 'in',
                  width: 150,
                  render: (_: unknown, r) => (r.cancelledAt ? <Tag>{t(m.cancelled)}</Tag> : r.checkedInAt ? fmtTime(r.checkedInAt, lang) : <Tag color="gold">{t(m.notCheckedIn)}</Tag>),
                },
              ]}
            />
          </Card>
        </div>
      )}
    </Drawer>
  );
}
