import { useState } from 'react';
import { Alert, Badge, Calendar, Spin } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { client, unwrap, type Query } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import { actText as m } from './messages.js';
import { activitiesKey } from './useActivities.js';

const badge: Record<string, 'success' | 'default' | 'error'> = { published: 'success', draft: 'default', cancelled: 'error' };
const PER_DAY = 3;

/** A month of activities, each on the days it runs; a day's cell opens the list for that day. */
export function ActivityCalendar({ filters, onPickDay }: { filters: Query<'/api/v1/activities', 'get'>; onPickDay: (d: Dayjs) => void }) {
  const { t } = useI18n();
  const nav = useNavigate();
  const [day, setDay] = useState(() => dayjs());
  const month = day.startOf('month');
  // The grid shows parts of the neighbouring months too.
  const from = month.startOf('month').subtract(7, 'day');
  const to = month.endOf('month').add(8, 'day').startOf('day');
  const { data, isFetching } = useQuery({
    queryKey: [...activitiesKey, 'calendar', from.toISOString(), filters],
    queryFn: () => unwrap(client.GET('/api/v1/activities', { params: { query: { ...filters, from: from.toISOString(), to: to.toISOString(), pageSize: 100 } } })),
    placeholderData: keepPreviousData,
  });

  const onDay = (d: Dayjs) => (data?.items ?? []).filter((a) => !d.endOf('day').isBefore(dayjs(a.startsAt)) && d.startOf('day').isBefore(dayjs(a.endsAt))).sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <Spin spinning={isFetching}>
      {(data?.total ?? 0) > 100 && <Alert type="info" showIcon title={t(m.more, { n: (data?.total ?? 0) - 100 })} style={{ marginBottom: 8 }} />}
      <Calendar
        value={day}
        onPanelChange={(d) => setDay(d)}
        onSelect={(d, info) => {
          if (info.source === 'date') onPickDay(d);
          else setDay(d);
        }}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const items = onDay(d);
          return (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid={`cal-${d.format('YYYY-MM-DD')}`}>
              {items.slice(0, PER_DAY).map((a) => (
                <li key={a.id} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 12 }}>
                  <a
                    onClick={(e) => {
                      e.stopPropagation();
                      nav(`/activities/${a.id}`);
                    }}
                    title={a.title}
                  >
                    <Badge status={badge[a.status] ?? 'default'} /> {dayjs(a.startsAt).format('HH:mm')} {a.title}
                  </a>
                </li>
              ))}
              {items.length > PER_DAY && <li style={{ fontSize: 12, color: '#999' }}>{t(m.more, { n: items.length - PER_DAY })}</li>}
            </ul>
          );
        }}
      />
    </Spin>
  );
}
