import { Card, Image } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { useI18n } from '../../../kernel/i18n.js';
import { InboxBell } from '../../../kernel/inbox.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { actText } from '../messages.js';
import { activitiesKey, useActivityTypes } from '../useActivities.js';
import { ActivityCard } from './ActivityCard.js';
import { useMyActivities } from './useMyActivities.js';
import { useParticipation } from './useParticipation.js';
import { mText as m } from './mobileText.js';

/** One activity, as linked from a notification: found among what is open to me, mine and past ones. */
export default function MobileActivityPage() {
  const id = Number(useParams().id);
  const { t } = useI18n();
  const upcoming = useMyActivities('upcoming', 1, 50);
  const mine = useMyActivities('mine', 1, 50);
  const past = useMyActivities('past', 1, 50);
  const types = useActivityTypes();
  const { signUp, cancel, checkout, positions } = useParticipation();
  const photos = useQuery({ queryKey: [...activitiesKey, 'photos', id], queryFn: () => unwrap(client.GET('/api/v1/activities/{id}/photos', { params: { path: { id } } })), meta: { silent: true } });
  const a = [upcoming, mine, past].flatMap((q) => q.data?.items ?? []).find((x) => x.id === id);
  const loading = upcoming.isLoading || mine.isLoading || past.isLoading;
  const hours = !!types.data?.types.find((ty) => ty.code === a?.typeCode)?.countsServiceHours;

  return (
    <>
      <MobileBar title={t(m.myActivities)} extra={<InboxBell />} />
      <div className="vg-m-page">
        {loading ? (
          <Loading />
        ) : !a ? (
          <Card variant="borderless">
            <EmptyState />
          </Card>
        ) : (
          <>
            <ActivityCard
              a={a}
              hoursType={hours}
              position={positions[a.id]}
              busy={signUp.isPending}
              onSignUp={() => signUp.mutate(a.id)}
              onCancel={() => cancel.mutateAsync(a.id)}
              onCheckout={() => checkout.mutateAsync(a.id)}
            />
            {a.description && (
              <Card size="small" variant="borderless" title={t(actText.description)}>
                <div style={{ whiteSpace: 'pre-wrap' }}>{a.description}</div>
              </Card>
            )}
            {(photos.data?.items.length ?? 0) > 0 && (
              <Card size="small" variant="borderless" title={t(actText.photos)}>
                <Image.PreviewGroup>
                  <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 6 }}>
                    {photos.data?.items.map((p) => <Image key={p.id} src={`${p.url}?w=240`} preview={{ src: `${p.url}?w=1080` }} alt={p.caption} style={{ aspectRatio: '1 / 1', objectFit: 'cover' }} />)}
                  </div>
                </Image.PreviewGroup>
              </Card>
            )}
          </>
        )}
      </div>
    </>
  );
}
