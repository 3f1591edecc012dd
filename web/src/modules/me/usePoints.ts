import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../kernel/api.js';
import { client, unwrap } from '../../kernel/api-client.js';
import type { Me } from '../../kernel/auth.js';

/** My balance and history; null when the account has no person record (nothing to show, not an error). */
export const myPointsQuery = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: ['points', 'me', page, pageSize],
    queryFn: async () => {
      try {
        return await unwrap(client.GET('/api/v1/points/me', { params: { query: { page, pageSize } } }));
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
  });

export function useMyPoints(page: number, pageSize: number, enabled = true) {
  return useQuery({ ...myPointsQuery(page, pageSize), placeholderData: keepPreviousData, enabled });
}

export function useOrgRanking(enabled: boolean) {
  return useQuery({ queryKey: ['points', 'board', 'orgs'], queryFn: () => unwrap(client.GET('/api/v1/points/leaderboard/orgs')), enabled, meta: { silent: true } });
}

export function usePeopleRanking(enabled: boolean) {
  return useQuery({ queryKey: ['points', 'board', 'people'], queryFn: () => unwrap(client.GET('/api/v1/points/leaderboard/people')), enabled, meta: { silent: true } });
}

/** The organisation a member belongs to: their member role's org, else their first role's. */
export function myOrgName(me: Me): string | null {
  return (me.roles.find((r) => r.role === 'member') ?? me.roles[0])?.orgName ?? null;
}

/** Today's tasks (学习强国-style): every active rule's progress today, my points, my organisation's rank. Null without a person record. */
export const myTodayQuery = queryOptions({
  queryKey: ['points', 'today'],
  queryFn: async () => {
    try {
      return await unwrap(client.GET('/api/v1/points/my/today'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    }
  },
  meta: { silent: true },
});

export function useMyToday(enabled = true) {
  return useQuery({ ...myTodayQuery, enabled });
}
