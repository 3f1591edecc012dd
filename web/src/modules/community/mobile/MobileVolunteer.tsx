import { Button, Card, List, Result, Statistic, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../../kernel/api.js';
import { errorText, showSuccess } from '../../../kernel/feedback.js';
import { useI18n, punct } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { communityApi, communityKey } from '../community.api.js';
import { cText as m, statusColor } from '../messages.js';
import { fmtDay, fmtHours } from '../useCommunity.js';

/** 我的志愿记录: hours confirmed and pending, teams, communities, each activity, and the hours certificate. */
export default function MobileVolunteer() {
  const { t } = useI18n();
  const record = useQuery({ queryKey: [...communityKey, 'volunteer'], queryFn: communityApi.myVolunteer });
  const download = useMutation({ mutationFn: communityApi.certificate, onSuccess: () => showSuccess(t(m.downloaded)) });
  const r = record.data;
  const personMissing = record.error instanceof ApiError && record.error.code === 'person_required';

  return (
    <>
      <MobileBar title={t(m.myVolunteer)} />
      <div className="vg-m-page" data-testid="m-volunteer">
        {record.isLoading ? (
          <Loading />
        ) : record.error || !r ? (
          <Card variant="borderless">{personMissing ? <EmptyState description={errorText(record.error)} /> : <Result status="warning" subTitle={errorText(record.error)} />}</Card>
        ) : (
          <>
            <Card size="small" variant="borderless">
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 8, textAlign: 'center' }}>
                <Statistic title={t(m.totalConfirmed)} value={Number(r.totals.confirmedHours)} styles={{ content: { color: '#c8161d' } }} data-testid="m-hours-confirmed" />
                <Statistic title={t(m.totalPending)} value={Number(r.totals.pendingHours)} data-testid="m-hours-pending" />
                <Statistic title={t(m.activityCount)} value={r.totals.activities} />
              </div>
            </Card>
            <Card size="small" variant="borderless" title={t(m.certificate)}>
              <div style={{ color: '#888', fontSize: 12, marginBottom: 8 }}>{Number(r.totals.confirmedHours) > 0 ? t(m.certificateHelp) : t(m.noConfirmedHours)}</div>
              <Button block type="primary" icon={<DownloadOutlined />} disabled={!(Number(r.totals.confirmedHours) > 0)} loading={download.isPending} onClick={() => download.mutate()} data-testid="m-certificate">
                {t(m.certificate)}
              </Button>
            </Card>
            {(r.teams.length > 0 || r.communities.length > 0) && (
              <Card size="small" variant="borderless">
                {r.teams.length > 0 && (
                  <div style={{ marginBottom: 6 }}>
                    <span style={{ color: '#888' }}>{t(m.myTeams)}{t(punct.colon)}</span>
                    {r.teams.map((x) => (
                      <Tag key={x.id} color="red">
                        {x.name}
                        {x.isCaptain && `${t(punct.open)}${t(m.captain)}${t(punct.close)}`}
                      </Tag>
                    ))}
                  </div>
                )}
                {r.communities.length > 0 && (
                  <div>
                    <span style={{ color: '#888' }}>{t(m.myCommunities)}{t(punct.colon)}</span>
                    {r.communities.map((x) => (
                      <Tag key={`${x.relation}-${x.id}`} color={x.relation === 'registered' ? 'blue' : undefined}>
                        {x.name}
                      </Tag>
                    ))}
                  </div>
                )}
              </Card>
            )}
            <Card size="small" variant="borderless" title={t(m.activity)}>
              <List
                size="small"
                dataSource={r.activities}
                locale={{ emptyText: <EmptyState description={t(m.noVolunteer)} /> }}
                renderItem={(a) => (
                  <List.Item
                    key={a.id}
                    data-testid={`m-volunteer-${a.activityId}`}
                    extra={
                      <div style={{ textAlign: 'right' }}>
                        <strong>{fmtHours(a.hours)}</strong> h
                        <div>
                          <Tag color={statusColor[a.status]} style={{ marginInlineEnd: 0 }}>
                            {t(m.hoursStatus[a.status])}
                          </Tag>
                        </div>
                      </div>
                    }
                  >
                    <List.Item.Meta
                      title={<Link to={`/m/activities/${a.activityId}`}>{a.activityTitle}</Link>}
                      description={`${fmtDay(a.activityStartsAt)} · ${a.communityName}${a.status === 'returned' && a.returnReason ? ` · ${a.returnReason}` : ''}`}
                    />
                  </List.Item>
                )}
              />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
