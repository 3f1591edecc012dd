import { useState } from 'react';
import { type TableProps } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../../kernel/auth.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { ListPage } from '../../../kernel/ListPage.js';
import { rText as m } from '../research/messages.js';
import { fmtTime } from '../usePairing.js';
import { ParamSelect } from '../Filters.js';
import { AttendeesDrawer } from './AttendeesDrawer.js';
import { coStudyApi, coStudyKey } from './costudy.api.js';

type Row = Awaited<ReturnType<typeof coStudyApi.activities>>['items'][number];
type Q = Parameters<typeof coStudyApi.activities>[0];
type When = 'upcoming' | 'past';
const whens: When[] = ['upcoming', 'past'];

/**
 * 共学活动: the co_study sessions of the caller's scope (pairing's own list, under pairing.read), with sign-ups, waitlist
 * and attendance by side, each with its attendees' drawer.
 */
export default function CoStudyPage() {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<Row | null>(null);
  // The activity's own page needs activities.read; without it the title opens the attendees.
  const canOpenActivity = useAuth().can('activities.read');
  const columns: TableProps<Row>['columns'] = [
    { title: t(m.activityTitle), dataIndex: 'title', render: (v: string, r) => (canOpenActivity ? <Link to={`/activities/${r.id}`}>{v}</Link> : <a onClick={() => setOpen(r)}>{v}</a>) },
    { title: t(m.organiser), dataIndex: 'orgName', width: 180, ellipsis: true },
    { title: t(m.startsAt), dataIndex: 'startsAt', width: 150, render: (v: string) => fmtTime(v, lang) },
    { title: t(m.venue), dataIndex: 'venue', width: 160, ellipsis: true },
    { title: t(m.capacity), key: 'cap', width: 90, render: (_: unknown, r) => `${r.confirmedCount}/${r.capacity ?? '∞'}` },
    { title: t(m.waitlistCount), dataIndex: 'waitlistCount', width: 70 },
    { title: t(m.sides.cadre), key: 'cadres', width: 170, render: (_: unknown, r) => t(m.bySide, { s: r.cadres.signedUp, w: r.cadres.waitlisted, a: r.cadres.attended }) },
    { title: t(m.sides.entrepreneur), key: 'entrepreneurs', width: 170, render: (_: unknown, r) => t(m.bySide, { s: r.entrepreneurs.signedUp, w: r.entrepreneurs.waitlisted, a: r.entrepreneurs.attended }) },
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
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, when: whens.includes(s.get('when') as When) ? (s.get('when') as When) : undefined })}
      fetch={coStudyApi.activities}
      columns={columns}
      search={{ placeholder: t(m.searchActivity), testId: 'co-search' }}
      filters={(s) => <ParamSelect s={s} param="when" placeholder={m.when} width={120} options={whens.map((v) => ({ value: v, label: t(m.whens[v]) }))} testId="co-when" />}
      emptyText={t(m.noCoActivities)}
      table={{ 'data-testid': 'co-activities', size: 'middle' }}
    >
      <AttendeesDrawer activityId={open?.id ?? null} title={open?.title} onClose={() => setOpen(null)} />
    </ListPage>
  );
}
