import { useState } from 'react';
import { Button, Input, Segmented, Space } from 'antd';
import { useI18n } from '../../kernel/i18n.js';
import { showSuccess } from '../../kernel/feedback.js';
import { PageContainer } from '../../kernel/ui.js';
import { DemandDrawer } from './DemandDrawer.js';
import { DemandTable } from './DemandTable.js';
import type { DemandStatus, Light } from './api-types.js';
import { dText } from './messages.js';
import { useDemandAction, useDemandList } from './useDemands.js';

const PAGE_SIZE = 20;
type View = 'dispatched' | 'accepted' | 'in_progress' | 'mine' | 'yellow' | 'red';

/** 承办工作台: the department's queue, most urgent first (emergencies, then overdue), with live countdowns and lights. */
export default function Workbench() {
  const { t } = useI18n();
  const [view, setView] = useState<View>('dispatched');
  const [page, setPage] = useState(1);
  const [code, setCode] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const act = useDemandAction();
  const q =
    view === 'mine' ? { mine: true } : view === 'yellow' || view === 'red' ? { light: view as Light } : { status: view as DemandStatus };
  // A tracking code finds the demand whatever its state.
  const list = useDemandList({ ...(code ? { code } : q), page, pageSize: PAGE_SIZE });

  return (
    <PageContainer title={t(dText.workbench)} subTitle={t(dText.workbenchSub)}>
      <div className="vg-toolbar">
        <Segmented
          value={view}
          onChange={(v) => {
            setView(v as View);
            setPage(1);
          }}
          options={[
            { value: 'dispatched', label: t({ zh: '待签收', en: 'To accept' }) },
            { value: 'accepted', label: t({ zh: '已签收', en: 'Accepted' }) },
            { value: 'in_progress', label: t({ zh: '办理中', en: 'In progress' }) },
            { value: 'mine', label: t(dText.mine) },
            { value: 'yellow', label: t(dText.yellow) },
            { value: 'red', label: t(dText.red) },
          ]}
        />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t(dText.searchCode)}
          aria-label={t(dText.searchCode)}
          data-testid="workbench-code-search"
          onSearch={(v) => {
            setCode(v.trim());
            setPage(1);
          }}
        />
      </div>
      <DemandTable
        testId="workbench-table"
        data={list.data}
        loading={list.isLoading}
        onOpen={(d) => setOpen(d.id)}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        actions={(d) => (
          <Space>
            {d.status === 'dispatched' && (
              <Button size="small" type="primary" onClick={() => act.mutate({ id: d.id, path: 'accept' }, { onSuccess: () => showSuccess(t(dText.done)) })}>
                {t(dText.accept)}
              </Button>
            )}
            <Button size="small" onClick={() => setOpen(d.id)}>
              {t(dText.detail)}
            </Button>
          </Space>
        )}
      />
      <DemandDrawer id={open} mode="handle" onClose={() => setOpen(null)} />
    </PageContainer>
  );
}
