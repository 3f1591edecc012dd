import { useState } from 'react';
import { Drawer, List, Tag } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useI18n, punct } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { pText as m } from './messages.js';
import { pairingApi, pairingKey, type Contact, type Pair } from './pairing.api.js';
import { fmtDay, fmtTime } from './usePairing.js';

/** One contact log entry: kind, topic, notes and what follows up. */
export function ContactItem({ c }: { c: Contact }) {
  const { t, lang } = useI18n();
  return (
    <List.Item data-testid={`contact-${c.id}`}>
      <List.Item.Meta
        title={
          <span>
            <Tag color="red">{t(m.kinds[c.kind])}</Tag>
            {c.topic}
          </span>
        }
        description={
          <>
            <div>
              {fmtTime(c.happenedAt, lang)}
              {c.writtenByName ? ` · ${c.writtenByName}` : ''}
            </div>
            {c.notes && <div style={{ whiteSpace: 'pre-wrap', color: '#333' }}>{c.notes}</div>}
            {c.followUp && (
              <div>
                {t(m.followUp)}{t(punct.colon)}{c.followUp}
                {c.followUpDue ? `${t(punct.open)}${t(m.followUpDue)} ${fmtDay(c.followUpDue)}${t(punct.close)}` : ''}
              </div>
            )}
          </>
        }
      />
    </List.Item>
  );
}

/** The contact log of a pair (ended pairs keep theirs), newest first. */
export function ContactsDrawer({ pair, onClose }: { pair: Pair | null; onClose: () => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: [...pairingKey, 'contacts', pair?.id, page],
    queryFn: () => pairingApi.pairContacts(pair!.id, page),
    enabled: !!pair,
    placeholderData: keepPreviousData,
  });
  return (
    <Drawer open={!!pair} onClose={onClose} afterOpenChange={(o) => o || setPage(1)} size={560} title={pair ? `${t(m.contacts)} · ${pair.cadreName} — ${pair.entrepreneurName}` : ''} destroyOnHidden>
      <List
        data-testid="contacts-list"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <EmptyState description={t(m.noContacts)} /> }}
        renderItem={(c) => <ContactItem c={c} />}
        pagination={(list.data?.total ?? 0) > 10 ? { current: page, pageSize: 10, total: list.data?.total, onChange: setPage, size: 'small' } : false}
      />
    </Drawer>
  );
}
