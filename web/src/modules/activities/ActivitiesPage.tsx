import { useState } from 'react';
import { Button, DatePicker, Input, Segmented, Select, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { CalendarOutlined, PlusOutlined, QrcodeOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { client, unwrap, type Query } from '../../kernel/api-client.js';
import { useAuth } from '../../kernel/auth.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState, PageContainer } from '../../kernel/ui.js';
import { ActivityFormDialog } from './ActivityFormDialog.js';
import { ActivityCalendar } from './ActivityCalendar.js';
import { OrgCalendarButton } from './OrgCalendarButton.js';
import { actText as m, statusColor } from './messages.js';
import { activitiesKey, fmtRange, named, useActivityTypes } from './useActivities.js';
import type { Activity } from './activities.api.js';

export default function ActivitiesPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const nav = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const types = useActivityTypes();
  const get = (k: string) => params.get(k) ?? undefined;
  const view = get('view') === 'calendar' ? 'calendar' : 'list';
  const filters = {
    page: Number(get('page') ?? 1),
    pageSize: Number(get('pageSize') ?? 20),
    q: get('q'),
    typeCode: get('typeCode'),
    categoryCode: get('categoryCode'),
    status: get('status') as Query<'/api/v1/activities', 'get'>['status'],
    from: get('from'),
    to: get('to'),
  };
  const [q, setQ] = useState(filters.q ?? '');

  const update = (patch: Record<string, string | number | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };

  const list = useQuery({
    queryKey: [...activitiesKey, 'list', filters],
    queryFn: () => unwrap(client.GET('/api/v1/activities', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    enabled: view === 'list',
  });

  const statusText = (s: string) => t(m[s as 'draft' | 'published' | 'cancelled'] ?? m.published);
  const columns: TableProps<Activity>['columns'] = [
    { title: t(m.name), dataIndex: 'title', render: (v: string, a) => <a onClick={() => nav(`/activities/${a.id}`)}>{v}</a> },
    { title: t(m.type), dataIndex: 'typeName', width: 120, render: (_: string, a) => <Tag>{lang === 'zh' ? a.typeName : a.typeCode}</Tag> },
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
      width: 150,
      render: (_, a) => (
        <Space size={4}>
          <a onClick={() => nav(`/activities/${a.id}`)}>{t(m.detail)}</a>
          {can('activities.checkin') && a.status === 'published' && (
            <a onClick={() => nav(`/activities/${a.id}/screen`)}>
              <QrcodeOutlined /> {t(m.qrScreen)}
            </a>
          )}
        </Space>
      ),
    },
  ];

  const range = filters.from && filters.to ? ([dayjs(filters.from), dayjs(filters.to).subtract(1, 'day')] as const) : null;

  return (
    <PageContainer
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
    >
      <div className="vg-toolbar">
        <Segmented
          value={view}
          onChange={(v) => update({ view: v === 'calendar' ? 'calendar' : undefined })}
          options={[
            { value: 'list', label: t(m.list), icon: <UnorderedListOutlined /> },
            { value: 'calendar', label: t(m.calendar), icon: <CalendarOutlined /> },
          ]}
        />
        {view === 'list' && (
          <Input.Search
            placeholder={t(m.searchTitle)}
            aria-label={t(m.searchTitle)}
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            style={{ width: 220 }}
            enterButton={t(common.search)}
          />
        )}
        <Select
          allowClear
          placeholder={t(m.category)}
          aria-label={t(m.category)}
          value={filters.categoryCode}
          onChange={(v) => update({ categoryCode: v, typeCode: undefined })}
          options={(types.data?.categories ?? []).map((c) => ({ value: c.code, label: named(lang, c) }))}
          style={{ width: 130 }}
        />
        <Select
          allowClear
          placeholder={t(m.type)}
          aria-label={t(m.type)}
          value={filters.typeCode}
          onChange={(v) => update({ typeCode: v })}
          options={(types.data?.types ?? []).filter((ty) => !filters.categoryCode || ty.categoryCode === filters.categoryCode).map((ty) => ({ value: ty.code, label: named(lang, ty) }))}
          style={{ width: 150 }}
        />
        <Select
          allowClear
          placeholder={t(m.status)}
          aria-label={t(m.status)}
          value={filters.status}
          onChange={(v) => update({ status: v })}
          options={(['published', 'draft', 'cancelled'] as const).map((s) => ({ value: s, label: t(m[s]) }))}
          style={{ width: 110 }}
        />
        {view === 'list' && (
          <DatePicker.RangePicker
            aria-label={t(m.dates)}
            value={range ? [range[0], range[1]] : null}
            onChange={(v) => update({ from: v?.[0]?.startOf('day').toISOString(), to: v?.[1]?.add(1, 'day').startOf('day').toISOString() })}
          />
        )}
        <Button
          onClick={() => {
            setQ('');
            setParams(view === 'calendar' ? { view: 'calendar' } : {}, { replace: true });
          }}
        >
          {t(common.reset)}
        </Button>
      </div>
      {view === 'calendar' ? (
        <ActivityCalendar
          filters={{ typeCode: filters.typeCode, categoryCode: filters.categoryCode, status: filters.status }}
          onPickDay={(d) => update({ view: undefined, from: d.startOf('day').toISOString(), to: d.add(1, 'day').startOf('day').toISOString() })}
        />
      ) : (
        <Table<Activity>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1200 }}
          locale={{ emptyText: <EmptyState description={t(m.noActivities)} /> }}
          onChange={(p) => update({ page: p.current, pageSize: p.pageSize === 20 ? undefined : p.pageSize }, true)}
          pagination={{ current: filters.page, pageSize: filters.pageSize, total: list.data?.total ?? 0, showSizeChanger: true, showTotal: (n) => t(common.total, { n }) }}
          data-testid="activities-table"
        />
      )}
      {creating && (
        <ActivityFormDialog
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            nav(`/activities/${id}`);
          }}
        />
      )}
    </PageContainer>
  );
}
