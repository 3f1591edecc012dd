import { useState } from 'react';
import { type TableProps } from 'antd';
import { Link } from 'react-router';
import { common, useI18n } from '../../../kernel/i18n.js';
import { ListPage } from '../../../kernel/ListPage.js';
import { rText as m } from '../research/messages.js';
import { fmtTime } from '../usePairing.js';
import { AttendeesDrawer } from './AttendeesDrawer.js';
import { coStudyApi, coStudyKey } from './costudy.api.js';

type Row = Awaited<ReturnType<typeof coStudyApi.activities>>['items'][number];
type Q = Parameters<typeof coStudyApi.activities>[0];

/** 共学活动: the co_study activities of the caller's scope, each with its attendees by side. */
export default function CoStudyPage() {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<Row | null>(null);
  const columns: TableProps<Row>['columns'] = [
    { title: t(m.activityTitle), dataIndex: 'title', render: (v: string, r) => <Link to={`/activities/${r.id}`}>{v}</Link> },
    { title: t(m.organiser), dataIndex: 'orgName', width: 180, ellipsis: true },
    { title: t(m.startsAt), dataIndex: 'startsAt', width: 150, render: (v: string) => fmtTime(v, lang) },
    { title: t(m.venue), dataIndex: 'venue', width: 160, ellipsis: true },
    { title: t(m.capacity), key: 'cap', width: 100, render: (_: unknown, r) => `${r.confirmedCount}/${r.capacity ?? '∞'}` },
    {
      title: t(common.actions),
      key: 'actions',
      width: 100,
      render: (_: unknown, r) => (
        <a onClick={() => setOpen(r)} data-testid={`attendees-${r.id}`}>
          {t(m.attendees)}
        </a>
      ),
    },
  ];
  return (
    <ListPage<Row, Q>
      title={t(m.coStudy)}
      subTitle={t(m.coStudySub)}
      queryKey={[...coStudyKey, 'activities']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q })}
      fetch={coStudyApi.activities}
      columns={columns}
      search={{ placeholder: t(m.searchActivity), testId: 'co-search' }}
      emptyText={t(m.noCoActivities)}
      table={{ 'data-testid': 'co-activities', size: 'middle' }}
    >
      <AttendeesDrawer activityId={open?.id ?? null} title={open?.title} onClose={() => setOpen(null)} />
    </ListPage>
  );
}
