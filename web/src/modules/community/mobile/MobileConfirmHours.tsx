import { useState } from 'react';
import { Button, Card, Checkbox, Popconfirm, Space, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { communityApi, communityKey, type HoursRow } from '../community.api.js';
import { cText as m } from '../messages.js';
import { ReasonDialog } from '../ReasonDialog.js';
import { fmtDay, fmtHours } from '../useCommunity.js';

/** Community staff on the phone: the pending hours of their community, grouped by activity; confirm the ticked ones or return one. */
export default function MobileConfirmHours() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [selected, setSelected] = useState<number[]>([]);
  const [returning, setReturning] = useState<number | null>(null);
  const pending = useQuery({ queryKey: [...communityKey, 'hours', 'm-pending'], queryFn: () => communityApi.hoursQueue({ status: 'pending', pageSize: 100 }) });
  const refresh = () => qc.invalidateQueries({ queryKey: communityKey });
  const confirm = useMutation({
    mutationFn: communityApi.confirmHours,
    onSuccess: (r, ids) => {
      showSuccess(t(m.hoursConfirmed, { n: r?.count ?? ids.length }));
      setSelected([]);
      void refresh();
    },
  });
  const rows = pending.data?.items ?? [];
  const groups = new Map<number, HoursRow[]>();
  for (const r of rows) groups.set(r.activityId, [...(groups.get(r.activityId) ?? []), r]);
  const toggle = (ids: number[], on: boolean) => setSelected((s) => (on ? [...new Set([...s, ...ids])] : s.filter((x) => !ids.includes(x))));

  return (
    <>
      <MobileBar title={t(m.staffHours)} />
      <div className="vg-m-page" data-testid="m-hours">
        {pending.isLoading ? (
          <Loading />
        ) : rows.length === 0 ? (
          <Card variant="borderless">
            <EmptyState description={t(m.noPendingHours)} />
          </Card>
        ) : (
          <>
            {[...groups.values()].map((list) => (
              <Card
                key={list[0].activityId}
                size="small"
                variant="borderless"
                title={
                  <Checkbox
                    checked={list.every((r) => selected.includes(r.id))}
                    indeterminate={list.some((r) => selected.includes(r.id)) && !list.every((r) => selected.includes(r.id))}
                    onChange={(e) => toggle(list.map((r) => r.id), e.target.checked)}
                  >
                    <span style={{ whiteSpace: 'normal' }}>{list[0].activityTitle}</span>
                  </Checkbox>
                }
                extra={fmtDay(list[0].activityStartsAt)}
              >
                {list.map((r) => (
                  <div key={r.id} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '6px 0', borderTop: '1px solid #f0f0f0' }} data-testid={`m-hours-row-${r.id}`}>
                    <Checkbox checked={selected.includes(r.id)} onChange={(e) => toggle([r.id], e.target.checked)}>
                      {r.name}
                    </Checkbox>
                    <Space size={8}>
                      <span>
                        <strong>{fmtHours(r.hours)}</strong> h{r.adjustedHours != null && <Tag style={{ marginLeft: 4 }}>{t(m.adjusted)}</Tag>}
                      </span>
                      <a style={{ color: '#c8161d' }} onClick={() => setReturning(r.id)}>
                        {t(m.returnHours)}
                      </a>
                    </Space>
                  </div>
                ))}
              </Card>
            ))}
            <div style={{ position: 'sticky', bottom: 0, paddingBottom: 8 }}>
              <Popconfirm title={t(m.bulkConfirmConfirm, { n: selected.length })} okText={t(common.confirm)} cancelText={t(common.cancel)} disabled={!selected.length} onConfirm={() => confirm.mutateAsync(selected)}>
                <Button block type="primary" size="large" disabled={!selected.length} loading={confirm.isPending} data-testid="m-hours-confirm">
                  {t(m.bulkConfirm, { n: selected.length })}
                </Button>
              </Popconfirm>
            </div>
          </>
        )}
      </div>
      <ReasonDialog
        open={returning !== null}
        title={t(m.returnTitle)}
        onClose={() => setReturning(null)}
        onSubmit={(reason) =>
          communityApi.returnHours([returning!], reason).then(() => {
            showSuccess(t(m.hoursReturned));
            setSelected((s) => s.filter((x) => x !== returning));
            void refresh();
          })
        }
      />
    </>
  );
}
