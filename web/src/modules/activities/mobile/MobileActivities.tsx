import { useState } from 'react';
import { Card, Pagination, Result, Segmented } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { ApiError } from '../../../kernel/api.js';
import { errorText } from '../../../kernel/feedback.js';
import { useI18n, type Text } from '../../../kernel/i18n.js';
import { InboxBell } from '../../../kernel/inbox.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { useActivityTypes } from '../useActivities.js';
import { useParticipation } from './useParticipation.js';
import { ActivityCard } from './ActivityCard.js';
import { MyCalendarLink } from './MyCalendarLink.js';
import { useMyActivities, type MyView } from './useMyActivities.js';
import { mText as m } from './mobileText.js';

const PAGE = 10;

/** The caller's activities on the phone; with `categoryCode`, one category's page (关心关爱 on /m/care). */
export default function MobileActivities({ categoryCode, title }: { categoryCode?: string; title?: Text } = {}) {
  const { t } = useI18n();
  const [view, setView] = useState<MyView>('upcoming');
  const [page, setPage] = useState(1);
  const [showCal, setShowCal] = useState(false);
  const list = useMyActivities(view, page, PAGE, categoryCode);
  const types = useActivityTypes();
  const hours = new Set((types.data?.types ?? []).filter((ty) => ty.countsServiceHours).map((ty) => ty.code));

  const { signUp, cancel, checkout, positions } = useParticipation();

  const empty = { upcoming: m.noUpcoming, mine: m.noMine, past: m.noPast }[view];
  const personMissing = list.error instanceof ApiError && list.error.code === 'person_required';

  return (
    <>
      <MobileBar title={t(title ?? m.myActivities)} extra={<InboxBell />} />
      <div className="vg-m-page">
        <Segmented
          block
          value={view}
          onChange={(v) => {
            setView(v as MyView);
            setPage(1);
          }}
          options={[
            { value: 'upcoming', label: t(m.upcoming) },
            { value: 'mine', label: t(m.mine) },
            { value: 'past', label: t(m.past) },
          ]}
        />
        <Card size="small" variant="borderless" onClick={() => setShowCal((s) => !s)} style={{ cursor: 'pointer' }}>
          <CalendarOutlined style={{ color: '#c8161d' }} /> {t(m.calendar)}
        </Card>
        {showCal && <MyCalendarLink />}
        {list.isLoading ? (
          <Loading />
        ) : list.error ? (
          <Card variant="borderless">{personMissing ? <EmptyState description={errorText(list.error)} /> : <Result status="warning" subTitle={errorText(list.error)} />}</Card>
        ) : (list.data?.items.length ?? 0) === 0 ? (
          <Card variant="borderless">
            <EmptyState description={t(empty)} />
          </Card>
        ) : (
          list.data?.items.map((a) => (
            <ActivityCard
              key={a.id}
              a={a}
              hoursType={hours.has(a.typeCode)}
              position={positions[a.id]}
              busy={signUp.isPending && signUp.variables === a.id}
              onSignUp={() => signUp.mutate(a.id)}
              onCancel={() => cancel.mutateAsync(a.id)}
              onCheckout={() => checkout.mutateAsync(a.id)}
            />
          ))
        )}
        {(list.data?.total ?? 0) > PAGE && <Pagination simple current={page} pageSize={PAGE} total={list.data?.total ?? 0} onChange={setPage} style={{ textAlign: 'center' }} />}
      </div>
    </>
  );
}
