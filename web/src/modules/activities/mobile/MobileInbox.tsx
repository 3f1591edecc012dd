import { useState } from 'react';
import { Badge, Button, Card, List, Pagination } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, unwrap } from '../../../kernel/api-client.js';
import { homeFor, useAuth } from '../../../kernel/auth.js';
import { useI18n } from '../../../kernel/i18n.js';
import { inboxKey, type Notification, type NotificationPage } from '../../../kernel/inbox.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { MobileBar } from '../../me/MobileBar.js';
import { fmtDateTime } from '../useActivities.js';
import { mText as m } from './mobileText.js';

const PAGE = 20;

/** My notifications (reminders, waitlist promotions, review results); opening one marks it read. */
export default function MobileInbox() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const nav = useNavigate();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const { data, isFetching } = useQuery({
    queryKey: [...inboxKey, 'list', page],
    queryFn: () => unwrap(client.GET('/api/v1/notifications', { params: { query: { page, pageSize: PAGE } } })),
    placeholderData: keepPreviousData,
  });
  const read = useMutation({ mutationFn: (id: number) => unwrap(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })), onSuccess: () => qc.invalidateQueries({ queryKey: inboxKey }) });
  const readAll = useMutation({ mutationFn: () => unwrap(client.POST('/api/v1/notifications/read-all')), onSuccess: () => qc.invalidateQueries({ queryKey: inboxKey }) });

  const open = (n: Notification) => {
    if (!n.readAt) read.mutate(n.id);
    // Links inside the app only; anything else stays a plain message.
    if (n.link?.startsWith('/')) nav(n.link);
  };

  return (
    <>
      {/* Back to the caller's own phone home (an entrepreneur's is their 青创π page). */}
      <MobileBar title={t(m.inbox)} back={me && homeFor(me) !== '/' ? homeFor(me) : '/m'} />
      <div className="vg-m-page">
        <Card
          size="small"
          variant="borderless"
          title={`${t(m.unread)} ${data?.unreadCount ?? 0}`}
          extra={
            <Button size="small" type="link" disabled={!data?.unreadCount} loading={readAll.isPending} onClick={() => readAll.mutate()}>
              {t(m.readAll)}
            </Button>
          }
        >
          <List
            loading={isFetching}
            dataSource={data?.items ?? []}
            locale={{ emptyText: <EmptyState description={t(m.noMessages)} /> }}
            renderItem={(n) => (
              <List.Item onClick={() => open(n)} style={{ cursor: 'pointer' }} data-testid={`notification-${n.id}`}>
                <List.Item.Meta
                  title={
                    <span style={{ fontWeight: n.readAt ? 400 : 600 }}>
                      {!n.readAt && <Badge status="error" style={{ marginRight: 6 }} />}
                      {n.title}
                    </span>
                  }
                  description={
                    <>
                      {n.body && <div style={{ whiteSpace: 'pre-wrap', color: '#555' }}>{n.body}</div>}
                      <div style={{ fontSize: 12 }}>{fmtDateTime(n.createdAt, lang)}</div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
          {(data?.total ?? 0) > PAGE && <Pagination simple current={page} pageSize={PAGE} total={data?.total ?? 0} onChange={setPage} style={{ marginTop: 12, textAlign: 'center' }} />}
        </Card>
      </div>
    </>
  );
}
