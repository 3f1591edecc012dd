import { useState } from 'react';
import { Button, DatePicker, Segmented, Select, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { CalendarOutlined, PlusOutlined, QrcodeOutlined, UnorderedListOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { client, unwrap, type Query } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage, useListState, type ListState } from '../../kernel/ListPage.js';
import { ActivityFormDialog } from './ActivityFormDialog.js';
import { ActivityCalendar } from './ActivityCalendar.js';
import { OrgCalendarButton } from './OrgCalendarButton.js';
import { actText as m, statusColor } from './messages.js';
import { activitiesKey, fmtRange, named, useActivityTypes, useTypeName } from './useActivities.js';
import type { Activity } from './activities.api.js';
import { OriginTag } from '../../kernel/OriginTag.js';

type ActivitiesQuery = Query<'/api/v1/activities', 'get'>;

/** The list's filters in the URL, as /activities takes them (`from`/`to` are instants, `to` exclusive). */
function activitiesQuery(s: ListState): ActivitiesQuery {
  return {
    page: s.page,
    pageSize: s.pageSize,
    q: s.q,
    typeCode: s.get('typeCode'),
    categoryCode: s.get('categoryCode'),
    status: s.get('status') as ActivitiesQuery['status'],
    from: s.get('from'),
    to: s.get('to'),
  };
}

export default function ActivitiesPage() {
  const { t, lang } = useI18n();
  const typeName = useTypeName(lang);
  const { can } = useAuth();
  const nav = useNavigate();
  const list = useListState();
  const [creating, setCreating] = useState(false);
  const types = useActivityTypes();
  const view = list.get('view') === 'calendar' ? 'calendar' : 'list';

  const statusText = (s: string) => t(m[s as 'draft' | 'published' | 'cancelled'] ?? m.published);
  const columns: TableProps<Activity>['columns'] = [
    { title: t(m.name), dataIndex: 'title', fixed: 'left', width: 200, ellipsis: true, render: (v: string, a) => <><OriginTag origin={a.origin} /><a onClick={() => nav(`/activities/${a.id}`)}>{v}</a></> },
    { title: t(m.type), dataIndex: 'typeName', width: 120, render: (_: string, a) => <Tag>{typeName(a)}</Tag> },
    { title: t(m.organiser), dataIndex: 'orgName', ellipsis: true },
    { title: t(m.time), key: 'time', width: 250, render: (_, a) => fmtRange(a.startsAt, a.endsAt, lang) },
    { title: t(m.venue), dataIndex: 'venue', ellipsis: true, width: 140 },
    {
      title: t(m.signups),
      key: 'signups',
      width: 120,
      render: (_, a) => (
        <span>
          {a.confirmedCount}/{a.capacity ?? '∞'}
          {a.waitlistCount > 0 && <Tag color="orange" style={{ marginLeft: 4 }}>{`${t(m.waitlisted)} ${a.waitlistCount}`}</Tag>}
        </span>
      ),
    },
    { title: t(m.attended), dataIndex: 'attendedCount', width: 70 },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (s: string) => <Tag color={statusColor[s]}>{statusText(s)}</Tag> },
    {
      title: t(common.actions),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, a) => (
        <Space size={4}>
          <a onClick={() => nav(`/activities/${a.id}`)}>{t(m.detail)}</a>
          {a.origin === 'own' && can('activities.checkin') && a.status === 'published' && (
            <a onClick={() => nav(`/activities/${a.id}/screen`)}>
              <QrcodeOutlined /> {t(m.qrScreen)}
            </a>
          )}
        </Space>
      ),
    },
  ];

  const viewSwitch = (s: ListState) => (
    <Segmented
      value={view}
      onChange={(v) => s.set({ view: v === 'calendar' ? 'calendar' : undefined })}
      options={[
        { value: 'list', label: t(m.list), icon: <UnorderedListOutlined /> },
        { value: 'calendar', label: t(m.calendar), icon: <CalendarOutlined /> },
      ]}
    />
  );

  const filters = (s: ListState) => {
    const { categoryCode, typeCode, status, from, to } = activitiesQuery(s);
    // the URL holds the exclusive end of the last day
    const range = from && to ? ([dayjs(from), dayjs(to).subtract(1, 'day')] as const) : null;
    return (
      <>
        <Select
          allowClear
          placeholder={t(m.category)}
          aria-label={t(m.category)}
          value={categoryCode}
          onChange={(v) => s.set({ categoryCode: v, typeCode: undefined })}
          options={(types.data?.categories ?? []).map((c) => ({ value: c.code, label: named(lang, c) }))}
          style={{ width: 130 }}
        />
        <Select
          allowClear
          placeholder={t(m.type)}
          aria-label={t(m.type)}
          value={typeCode}
          onChange={(v) => s.set({ typeCode: v })}
          options={(types.data?.types ?? []).filter((ty) => !categoryCode || ty.categoryCode === categoryCode).map((ty) => ({ value: ty.code, label: named(lang, ty) }))}
          style={{ width: 150 }}
        />
        <Select
          allowClear
          placeholder={t(m.status)}
          aria-label={t(m.status)}
          value={status}
          onChange={(v) => s.set({ status: v })}
          options={(['published', 'draft', 'cancelled'] as const).map((st) => ({ value: st, label: t(m[st]) }))}
          style={{ width: 110 }}
        />
        {view === 'list' && (
          <DatePicker.RangePicker
            aria-label={t(m.dates)}
            value={range ? [range[0], range[1]] : null}
            onChange={(v) => s.set({ from: v?.[0]?.startOf('day').toISOString(), to: v?.[1]?.add(1, 'day').startOf('day').toISOString() })}
          />
        )}
      </>
    );
  };

  const { typeCode, categoryCode, status } = activitiesQuery(list);
  const calendar = (
    <ActivityCalendar
      filters={{ typeCode, categoryCode, status }}
      onPickDay={(d) => list.set({ view: undefined, from: d.startOf('day').toISOString(), to: d.add(1, 'day').startOf('day').toISOString() })}
    />
  );

  return (
    <ListPage<Activity, ActivitiesQuery>
      title={t(m.title)}
      subTitle={t(m.sub)}
      extra={
        <>
          <OrgCalendarButton />
          {can('activities.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-activity">
              {t(m.create)}
            </Button>
          )}
        </>
      }
      queryKey={[...activitiesKey, 'list']}
      query={activitiesQuery}
      fetch={(query) => unwrap(client.GET('/api/v1/activities', { params: { query } }))}
      columns={columns}
      leading={viewSwitch}
      search={view === 'list' ? { placeholder: t(m.searchTitle), width: 220 } : undefined}
      filters={filters}
      resetButton
      resetKeeps={['view']}
      altView={view === 'calendar' ? calendar : undefined}
      emptyText={t(m.noActivities)}
      table={{ scroll: { x: 1320 }, 'data-testid': 'activities-table' }}
    >
      {creating && (
        <ActivityFormDialog
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            nav(`/activities/${id}`);
          }}
        />
      )}
    </ListPage>
  );
}
