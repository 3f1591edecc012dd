import { Button, Card, List, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../kernel/i18n.js';
import { EmptyState, Loading } from '../../../kernel/ui.js';
import { MobileBar } from '../../me/MobileBar.js';
import { communityApi, communityKey } from '../community.api.js';
import { cText as m, statusColor } from '../messages.js';
import { claimantName, fmtWindow } from '../useCommunity.js';

/** The needs of the staff's community, newest first, with the button to post one. */
export default function MobileStaffNeeds() {
  const { t, lang } = useI18n();
  const nav = useNavigate();
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
                  <List.Item.Meta title={n.title} description={`${fmtWindow(n.startsAt, n.endsAt, lang)}${n.claim ? ` · ${claimantName(n.claim)}` : ''}`} />
                </List.Item>
              )}
            />
          </Card>
        )}
      </div>
    </>
  );
}
