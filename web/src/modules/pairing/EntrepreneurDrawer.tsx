import { useState } from 'react';
import { Button, Descriptions, Drawer, List, Popconfirm, Tag } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useAuth } from '../../kernel/auth.js';
import { showSuccess } from '../../kernel/feedback.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { Loading } from '../../kernel/Loading.js';
import { pText as m, statusColor } from './messages.js';
import { pairingApi, pairingKey } from './pairing.api.js';
import { fmtDay, fmtTime } from './usePairing.js';

/** One entrepreneur: the record (phone masked), the audited full contact on request, and every pair so far. */
export function EntrepreneurDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const canFull = useAuth().can('pairing.read_full');
  const [fullPhone, setFullPhone] = useState<string | null>(null);
  const record = useQuery({ queryKey: [...pairingKey, 'entrepreneur', id], queryFn: () => pairingApi.entrepreneur(id!), enabled: id != null });
  const pairs = useQuery({ queryKey: [...pairingKey, 'pairs', { entrepreneurId: id }], queryFn: () => pairingApi.pairs({ entrepreneurId: id!, pageSize: 50 }), enabled: id != null });
  const full = useMutation({
    mutationFn: () => pairingApi.entrepreneurFull(id!),
    onSuccess: (e) => {
      setFullPhone(e.phone);
      showSuccess(t(m.fullShown));
    },
  });
  const e = record.data;
  return (
    <Drawer open={id != null} onClose={onClose} afterOpenChange={(o) => o || setFullPhone(null)} size={560} title={e ? `${e.name} · ${e.company}` : t(m.detail)} destroyOnHidden>
      {!e ? (
        <Loading />
      ) : (
        <div data-testid="entrepreneur-drawer">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t(m.name)}>{e.name}</Descriptions.Item>
            <Descriptions.Item label={t(m.position)}>{e.position || '—'}</Descriptions.Item>
            <Descriptions.Item label={t(m.birthDate)}>{fmtDay(e.birthDate)}</Descriptions.Item>
            <Descriptions.Item label={t(m.company)}>{e.company}</Descriptions.Item>
            <Descriptions.Item label={t(m.creditCode)}>{e.creditCode}</Descriptions.Item>
            <Descriptions.Item label={t(m.sector)}>{e.sectorName}</Descriptions.Item>
            <Descriptions.Item label={t(m.district)}>{e.districtName}</Descriptions.Item>
            <Descriptions.Item label={t(m.phone)}>
              <span data-testid="entrepreneur-phone">{fullPhone ?? e.phone}</span>
              {canFull && !fullPhone && (
                <Popconfirm title={t(m.showFullConfirm)} onConfirm={() => full.mutate()} okText={t(common.confirm)} cancelText={t(common.cancel)}>
                  <Button size="small" type="link" icon={<EyeOutlined />} loading={full.isPending} data-testid="show-full">
                    {t(m.showFull)}
                  </Button>
                </Popconfirm>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t(m.org)}>{e.orgName}</Descriptions.Item>
            <Descriptions.Item label={t(m.source)}>{t(e.source === 'self' ? m.sourceSelf : m.sourceStaff)}</Descriptions.Item>
            <Descriptions.Item label={t(m.status)}>
              <Tag color={statusColor[e.status]}>{t(m[e.status])}</Tag>
              {e.rejectReason && <span>{e.rejectReason}</span>}
            </Descriptions.Item>
            <Descriptions.Item label={t(m.registeredAt)}>{fmtTime(e.createdAt, lang)}</Descriptions.Item>
          </Descriptions>
          <h4 style={{ marginTop: 20 }}>{t(m.pairHistory)}</h4>
          <List
            size="small"
            loading={pairs.isLoading}
            dataSource={pairs.data?.items ?? []}
            locale={{ emptyText: <EmptyState description={t(m.noPairs)} /> }}
            renderItem={(p) => (
              <List.Item extra={<Tag color={p.endedAt ? undefined : 'green'}>{t(p.endedAt ? m.ended : m.active)}</Tag>}>
                <List.Item.Meta
                  title={`${p.cadreName} · ${p.cadreOrgName}`}
                  description={`${fmtDay(p.startedAt)}${p.endedAt ? ` — ${fmtDay(p.endedAt)}${t(punct.open)}${p.endReason ?? ''}${t(punct.close)}` : ` ${t(m.since)}`} · ${t(m.contactCount)} ${p.contactCount}`}
                />
              </List.Item>
            )}
          />
        </div>
      )}
    </Drawer>
  );
}
