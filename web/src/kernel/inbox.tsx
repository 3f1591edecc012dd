import { BellOutlined } from '@ant-design/icons';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client, unwrap, type Answer } from './api-client.js';

export type NotificationPage = Answer<'/api/v1/notifications', 'get'>;
export type Notification = NotificationPage['items'][number];

export const inboxKey = ['notifications'];

/** Unread messages; quiet on failure (a badge is not worth a toast). */
export const unreadCountQuery = queryOptions({
  queryKey: [...inboxKey, 'unread'],
  queryFn: async () => (await unwrap(client.GET('/api/v1/notifications', { params: { query: { unread: 'true', pageSize: 1 } } }))).unreadCount,
  meta: { silent: true },
});

/** Unread messages, refreshed every minute. */
export function useUnreadCount() {
  return useQuery({ ...unreadCountQuery, refetchInterval: 60_000 });
}

/** The inbox bell with its unread count (drawn like antd's small Badge, without it), for phone headers. */
export function InboxBell({ light = true }: { light?: boolean }) {
  const { data } = useUnreadCount();
  const n = data ?? 0;
  return (
    <Link to="/m/inbox" aria-label={n > 0 ? `消息（${n}条未读）` : '消息'} data-testid="inbox-bell" style={{ display: 'inline-flex', padding: 4 }}>
      <span style={{ position: 'relative', display: 'inline-flex' }}>
        <BellOutlined style={{ fontSize: 20, color: light ? '#fff' : '#333' }} />
        {n > 0 && <sup className="vg-m-badge">{n > 99 ? '99+' : n}</sup>}
      </span>
    </Link>
  );
}
