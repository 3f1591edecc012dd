import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../kernel/api-client.js';
import { showSuccess } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { activitiesKey } from '../useActivities.js';
import { mText as m } from './mobileText.js';

/** Sign up, cancel, check out — with the waitlist place each sign-up answered, kept for the cards. */
export function useParticipation() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [positions, setPositions] = useState<Record<number, number | null>>({});
  const refresh = () => qc.invalidateQueries({ queryKey: activitiesKey });

  const signUp = useMutation({
    mutationFn: (id: number) => unwrap(client.POST('/api/v1/me/activities/{id}/signup', { params: { path: { id } } })),
    onSuccess: (r, id) => {
      setPositions((p) => ({ ...p, [id]: r.position }));
      showSuccess(r.status === 'confirmed' ? t(m.signedUp) : t(m.waitlistedAt, { n: r.position ?? '?' }));
      void refresh();
    },
  });
  const cancel = useMutation({
    mutationFn: (id: number) => unwrap(client.DELETE('/api/v1/me/activities/{id}/signup', { params: { path: { id } } })),
    onSuccess: () => {
      showSuccess(t(m.cancelled));
      void refresh();
    },
  });
  const checkout = useMutation({
    mutationFn: (id: number) => unwrap(client.POST('/api/v1/me/activities/{id}/checkout', { params: { path: { id } } })),
    onSuccess: (r) => {
      showSuccess(r.created ? (r.hoursStatus === 'awaiting_confirmation' ? t(m.checkedOutPending, { h: r.presenceHours ?? 0 }) : t(m.checkedOut, { h: r.presenceHours ?? 0 })) : t(m.alreadyOut));
      void refresh();
    },
  });
  return { signUp, cancel, checkout, positions };
}
