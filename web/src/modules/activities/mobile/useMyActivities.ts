import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../../kernel/api-client.js';
import { activitiesKey } from '../useActivities.js';

export type MyView = 'upcoming' | 'mine' | 'past';

/** The caller's activities in one view; `categoryCode` keeps one category (the care page's 关心关爱 events). */
export function useMyActivities(view: MyView, page: number, pageSize = 10, categoryCode?: string) {
  return useQuery({
    queryKey: [...activitiesKey, 'me', view, page, pageSize, categoryCode],
    queryFn: () => unwrap(client.GET('/api/v1/me/activities', { params: { query: { view, page, pageSize, categoryCode } } })),
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

/** Check-in opens an hour before the start and closes at the end (as on the server). */
export const checkinOpen = (a: { startsAt: string; endsAt: string; status: string }, now = Date.now()) =>
  a.status === 'published' && now >= new Date(a.startsAt).getTime() - 3600_000 && now <= new Date(a.endsAt).getTime();
