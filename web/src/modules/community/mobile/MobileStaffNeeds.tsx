import { useState } from 'react';
import { Button, Card, List, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { Loading } from '../../../kernel/Loading.js';
import { MobileBar } from '../../me/MobileBar.js';
import { communityApi, communityKey } from '../community.api.js';
import { cText as m, statusColor } from '../messages.js';
import { ReasonDialog } from '../ReasonDialog.js';
import { claimantName, fmtWindow } from '../useCommunity.js';

/** The needs of the staff's community, newest first, with the button to post one; an open need can be changed, an open or claimed one cancelled. */
export default function MobileStaffNeeds() {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const qc = useQueryClient();
  const [cancelling, setCancelling] = useState<number | null>(null);
  const needs = useQuery({ queryKey: [...communityKey, 'needs', 'staff'], queryFn: () => communityApi.staffNeeds({ pageSize: 30 }) });
  return (
    <>
      <MobileBar title={t(m.needs)} />
      <div className="vg-m-page" data-testid="m-staff-needs">
        <Button block type="primary" size="large" icon={<PlusOutlined />} onClick={() => nav('/m/community/post')} data-testid="m-post-need">
          {t(m.postNeed)}
        </Button>
        {needs.isLoading ? (
          <Loading />
        ) : (
          <Card size="small" variant="borderless">
            <List
              dataSource={needs.data?.items ?? []}
              locale={{ emptyText: <EmptyState description={t(m.noNeeds)} /> }}
              renderItem={(n) => (
                <List.Item data-testid={`m-staff-need-${n.id}`} extra={<Tag color={statusColor[n.status]}>{t(m.needStatus[n.status])}</Tag>}>
                  <List.Item.Meta
                    title={n.title}
                    description={
                      <>
                        <div>{`${fmtWindow(n.startsAt, n.endsAt, lang)}${n.claim ? ` · ${claimantName(n.claim)}` : ''}`}</div>
                        {(n.status === 'open' || n.status === 'claimed') && (
                          <div style={{ marginTop: 4, display: 'flex', gap: 16 }}>
                            {n.status === 'open' && (
                              <a onClick={() => nav(`/m/community/staff-needs/${n.id}/edit`)} data-testid={`m-edit-need-${n.id}`}>
                                {t(common.edit)}
                              </a>
                            )}
                            <a style={{ color: '#c8161d' }} onClick={() => setCancelling(n.id)} data-testid={`m-cancel-need-${n.id}`}>
                              {t(m.cancelNeed)}
                            </a>
                          </div>
                        )}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        )}
      </div>
      <ReasonDialog
        open={cancelling !== null}
        title={t(m.cancelTitle)}
        message={t(m.cancelNeedConfirm)}
        onClose={() => setCancelling(null)}
        onSubmit={(reason) =>
          communityApi.cancelNeed(cancelling!, reason).then(() => {
            showSuccess(t(m.needCancelled));
            void qc.invalidateQueries({ queryKey: communityKey });
          })
        }
      />
    </>
  );
}
