import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../kernel/api.js';
import type { Page } from '../../../kernel/types.js';
import { activitiesKey } from '../useActivities.js';
import type { MyActivity } from '../activities.types.js';

export type MyView = 'upcoming' | 'mine' | 'past';

export function useMyActivities(view: MyView, page: number, pageSize = 10) {
  return useQuery({
    queryKey: [...activitiesKey, 'me', view, page, pageSize],
    queryFn: () => api.get<Page<MyActivity>>('/me/activities', { view, page, pageSize }),
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

/** Check-in opens an hour before the start and closes at the end (as on the server). */
export const checkinOpen = (a: { startsAt: string; endsAt: string; status: string }, now = Date.now()) =>
  a.status === 'published' && now >= new Date(a.startsAt).getTime() - 3600_000 && now <= new Date(a.endsAt).getTime();
