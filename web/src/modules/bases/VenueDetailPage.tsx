import { useState } from 'react';
import { Badge, Button, Calendar, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router';
import { useI18n, punct } from '../../kernel/i18n.js';
import { Loading } from '../../kernel/Loading.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { useAuth } from '../../kernel/auth.js';
import { bText as m } from './messages.js';
import { basesApi, basesKey } from './bases.api.js';
import { BookingForm } from './BookingForm.js';
import { VenueClosures, VenuePhotos } from './VenueManage.js';
import { fmtRange } from './format.js';

const weekdayNames = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** A venue: its facts, photos and closures, the month's booking calendar, and the booking form beside it. */
export default function VenueDetailPage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const { can } = useAuth();
  const [month, setMonth] = useState<Dayjs>(dayjs().startOf('month'));
  const venue = useQuery({ queryKey: [...basesKey, 'venue', id], queryFn: () => basesApi.venue(id) });
  const from = month.startOf('month').subtract(7, 'day');
  const to = month.endOf('month').add(7, 'day');
  const schedule = useQuery({ queryKey: [...basesKey, 'schedule', id, from.toISOString()], queryFn: () => basesApi.schedule(id, from.toISOString(), to.toISOString()), enabled: !!venue.data });
  const feed = useQuery({ queryKey: [...basesKey, 'feed', id], queryFn: () => basesApi.calendarUrl(id), enabled: !!venue.data });
  if (venue.isLoading) return <Loading />;
  const v = venue.data;
  if (!v) return <EmptyState />;
  const onDay = (d: Dayjs) => (schedule.data?.bookings ?? []).filter((b) => dayjs(b.startsAt).isSame(d, 'day'));
  const closedOn = (d: Dayjs) => (schedule.data?.closures ?? []).some((c) => dayjs(c.startsAt).isBefore(d.endOf('day')) && dayjs(c.endsAt).isAfter(d.startOf('day')));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="venue-detail">
      <Card title={<Space>{v.name}<Tag color="red">{v.kindName}</Tag></Space>}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t(m.theme)}>{v.theme || '—'}</Descriptions.Item>
          <Descriptions.Item label={t(m.owner)}>{v.orgName}</Descriptions.Item>
          <Descriptions.Item label={t(m.address)}>{`${v.districtName}${v.streetName ?? ''} ${v.address}`}</Descriptions.Item>
          <Descriptions.Item label={t(m.capacity)}>{v.capacity}</Descriptions.Item>
          <Descriptions.Item label={t(m.facilities)}>{v.facilities.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t(m.openingHours)}>{v.openingHours.length ? v.openingHours.map((h) => `${weekdayNames[h.weekday]} ${h.opens}–${h.closes}`).join(t(punct.semi)) : t(m.anyTime)}</Descriptions.Item>
          <Descriptions.Item label={t(m.needsApproval)}>{v.needsApproval ? '✓' : '—'}</Descriptions.Item>
          {v.designatedOn && <Descriptions.Item label={t(m.designatedOn)}>{v.designatedOn}</Descriptions.Item>}
          {feed.data && (
            <Descriptions.Item label={t(m.calendarFeed)}>
              <Typography.Text copyable={{ text: feed.data.url }} ellipsis style={{ maxWidth: 260 }}>
                {feed.data.url}
              </Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card title={t(m.schedule)} loading={schedule.isLoading}>
            <Calendar
              value={month}
              onPanelChange={(d) => setMonth(d.startOf('month'))}
              cellRender={(d, info) =>
                info.type === 'date' ? (
                  <div data-testid={`day-${d.format('YYYY-MM-DD')}`}>
                    {closedOn(d) && <Badge status="default" text={t(m.closures)} />}
                    {onDay(d).map((b) => (
                      <div key={b.id} title={`${b.title}（${b.orgName}）${fmtRange(String(b.startsAt), String(b.endsAt), lang)}`}>
                        <Badge status={b.status === 'approved' ? 'success' : 'warning'} text={`${dayjs(b.startsAt).format('HH:mm')} ${b.title}`} />
                      </div>
                    ))}
                  </div>
                ) : null
              }
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t(m.bookTitle)}>{can('bases.book') ? <BookingForm venueId={v.id} /> : <EmptyState />}</Card>
          <Card title={t(m.photos)} style={{ marginTop: 16 }}>
            <VenuePhotos venueId={v.id} canManage={can('bases.manage')} />
          </Card>
          <Card title={t(m.closures)} style={{ marginTop: 16 }}>
            <VenueClosures venueId={v.id} canManage={can('bases.manage')} />
          </Card>
          <Button style={{ marginTop: 16 }} onClick={() => setMonth(dayjs().startOf('month'))}>
            {dayjs().format('YYYY-MM')}
          </Button>
        </Col>
      </Row>
    </Space>
  );
}
