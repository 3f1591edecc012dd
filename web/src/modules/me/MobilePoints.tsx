import { useState } from 'react';
import { Card, List, Pagination, Statistic } from 'antd';
import { useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { MobileBar } from './MobileBar.js';
import { meText as m } from './messages.js';
import { useMyPoints } from './usePoints.js';

export default function MobilePoints() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const points = useMyPoints(page, 20);
  return (
    <>
      <MobileBar title={t(m.history)} />
      <div style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 12 }}>
        {points.data === null ? (
          <Card variant="borderless">
            <EmptyState description={t(m.noPerson)} />
          </Card>
        ) : (
          <>
            <Card variant="borderless" size="small">
              <Statistic title={t(m.balance)} value={points.data?.balance ?? 0} loading={points.isLoading} styles={{ content: { color: '#c8161d' } }} />
            </Card>
            <Card variant="borderless" size="small">
              <List
                loading={points.isFetching}
                dataSource={points.data?.items ?? []}
                locale={{ emptyText: <EmptyState description={t(m.noHistory)} /> }}
                renderItem={(i) => (
                  <List.Item extra={<strong style={{ color: i.points >= 0 ? '#c8161d' : undefined }}>{i.points > 0 ? `+${i.points}` : i.points}</strong>}>
                    <List.Item.Meta title={i.ruleName} description={`${new Date(i.at).toLocaleString()}${i.note ? ` · ${i.note}` : ''}`} />
                  </List.Item>
                )}
              />
              {(points.data?.total ?? 0) > 20 && <Pagination simple current={page} pageSize={20} total={points.data?.total ?? 0} onChange={setPage} style={{ marginTop: 12, textAlign: 'center' }} />}
            </Card>
          </>
        )}
      </div>
    </>
  );
}
