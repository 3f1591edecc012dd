import { useState } from 'react';
import { Alert, Segmented } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../kernel/api-client.js';
import { useI18n } from '../../kernel/i18n.js';
import { PageContainer } from '../../kernel/ui.js';
import { DemandDrawer } from './DemandDrawer.js';
import { DemandTable } from './DemandTable.js';
import { dText } from './messages.js';
import { demandsKey } from './useDemands.js';

const PAGE_SIZE = 50;
type View = 'all' | 'yellow' | 'red';

/** 督办台: the most urgent first; extension requests are decided from the drawer. */
export default function SupervisionBoard() {
  const { t } = useI18n();
  const [view, setView] = useState<View>('red');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<number | null>(null);
  const list = useQuery({
    queryKey: [...demandsKey, 'supervision', view, page],
    queryFn: () => unwrap(client.GET('/api/v1/demands/supervision', { params: { query: { light: view === 'all' ? undefined : view, page, pageSize: PAGE_SIZE } } })),
    refetchInterval: 60_000,
  });

  return (
    <PageContainer title={t(dText.supervision)} subTitle={t(dText.supervisionSub)}>
      <Alert type="info" showIcon title={t(dText.noticeAuto)} style={{ marginBottom: 12 }} />
      <div className="vg-toolbar">
        <Segmented
          value={view}
          onChange={(v) => {
            setView(v as View);
            setPage(1);
          }}
          options={[
            { value: 'red', label: t(dText.red) },
            { value: 'yellow', label: t(dText.yellow) },
            { value: 'all', label: t(dText.all) },
          ]}
        />
      </div>
      <DemandTable testId="supervision-table" data={list.data} loading={list.isLoading} onOpen={(d) => setOpen(d.id)} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
      <DemandDrawer id={open} mode="supervise" onClose={() => setOpen(null)} />
    </PageContainer>
  );
}
