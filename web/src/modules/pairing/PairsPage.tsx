import { useState } from 'react';
import { Button, Space, Tag, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../kernel/auth.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { ReasonDialog } from '../community/ReasonDialog.js';
import { ContactsDrawer } from './ContactsDrawer.js';
import { ParamSelect } from './Filters.js';
import { pText as m } from './messages.js';
import { PairDialog } from './PairDialog.js';
import { pairingApi, pairingKey, type Pair, type PairQuery } from './pairing.api.js';
import { fmtDay, fmtTime } from './usePairing.js';

/** 结对管理: every pair of the caller's scope (ended ones as history); pair, hand over, end with a reason, read the contact log. */
export default function PairsPage() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const manage = useAuth().can('pairing.manage');
  const [creating, setCreating] = useState(false);
  const [handOver, setHandOver] = useState<Pair | null>(null);
  const [ending, setEnding] = useState<Pair | null>(null);
  const [contacts, setContacts] = useState<Pair | null>(null);
  const columns: TableProps<Pair>['columns'] = [
    { title: t(m.cadreName), dataIndex: 'cadreName', width: 100 },
    { title: t(m.cadreOrg), dataIndex: 'cadreOrgName', width: 180, ellipsis: true },
    { title: t(m.entrepreneur), dataIndex: 'entrepreneurName', width: 100 },
    { title: t(m.company), dataIndex: 'company', ellipsis: true },
    { title: t(m.startedAt), dataIndex: 'startedAt', width: 110, render: (v: string) => fmtDay(v) },
    {
      title: t(m.status),
      key: 'status',
      width: 150,
      render: (_: unknown, p) => (p.endedAt ? <span title={p.endReason ?? ''}><Tag>{t(m.ended)}</Tag>{fmtDay(p.endedAt)}</span> : <Tag color="green">{t(m.active)}</Tag>),
    },
    { title: t(m.contactCount), dataIndex: 'contactCount', width: 90 },
    { title: t(m.lastContact), dataIndex: 'lastContactAt', width: 150, render: (v: string | null) => fmtTime(v, lang) },
    {
      title: t(common.actions),
      key: 'actions',
      width: 200,
      render: (_: unknown, p) => (
        <Space size="small">
          <a onClick={() => setContacts(p)} data-testid={`contacts-${p.id}`}>
            {t(m.contacts)}
          </a>
          {manage && !p.endedAt && (
            <>
              <a onClick={() => setHandOver(p)} data-testid={`hand-over-${p.id}`}>
                {t(m.handOver)}
              </a>
              <a style={{ color: '#c8161d' }} onClick={() => setEnding(p)} data-testid={`end-${p.id}`}>
                {t(m.end)}
              </a>
            </>
          )}
        </Space>
      ),
    },
  ];
  return (
    <ListPage<Pair, PairQuery>
      title={t(m.pairs)}
      subTitle={t(m.slogan)}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-pair">
            {t(m.newPair)}
          </Button>
        )
      }
      queryKey={[...pairingKey, 'pairs']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q, active: s.get('active') as 'true' | 'false' | undefined })}
      fetch={pairingApi.pairs}
      columns={columns}
      search={{ placeholder: t(m.searchPair), testId: 'pair-search', width: 260 }}
      filters={(s) => (
        <ParamSelect
          s={s}
          param="active"
          placeholder={m.paired}
          width={140}
          options={[
            { value: 'true', label: t(m.pairActive) },
            { value: 'false', label: t(m.pairEnded) },
          ]}
        />
      )}
      emptyText={t(m.noPairList)}
      table={{ 'data-testid': 'pairs-table', size: 'middle' }}
    >
      <PairDialog open={creating || !!handOver} handOver={handOver} onClose={() => (setCreating(false), setHandOver(null))} />
      <ContactsDrawer pair={contacts} onClose={() => setContacts(null)} />
      <ReasonDialog
        open={!!ending}
        title={`${t(m.endTitle)} · ${ending?.cadreName ?? ''} — ${ending?.entrepreneurName ?? ''}`}
        message={t(m.endMessage)}
        onClose={() => setEnding(null)}
        onSubmit={async (reason) => {
          await pairingApi.endPair(ending!.id, reason);
          showSuccess(t(m.pairEndedDone));
          await qc.invalidateQueries({ queryKey: pairingKey });
        }}
      />
    </ListPage>
  );
}
