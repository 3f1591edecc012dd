import { useState, type ReactNode } from 'react';
import { Button, Card, Table, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../../../kernel/feedback.js';
import { common, useI18n, punct } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/EmptyState.js';
import { fmtDay } from '../usePairing.js';
import { OutputState } from './items.js';
import { rText as m } from './messages.js';
import { OutputDialog } from './OutputDialog.js';
import { OutputFile } from './OutputFile.js';
import { researchApi, researchKey, type Output, type Topic } from './research.api.js';
import { useOutputReview } from './useOutputReview.js';

/** A title with its summary, its file and, once returned, the review note. */
export function OutputTitle({ o, manage = false }: { o: Output; manage?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <div>{o.title}</div>
      {o.summary && <div style={{ color: '#888', fontSize: 12 }}>{o.summary}</div>}
      {o.status === 'returned' && o.reviewNote && <div style={{ color: '#c8161d', fontSize: 12 }}>{t(m.reviewNote)}{t(punct.colon)}{o.reviewNote}</div>}
      <OutputFile o={o} base="/pairing/research" editable={manage} />
    </>
  );
}

/** The columns an output list shows, the review's links last. */
export function outputColumns(t: ReturnType<typeof useI18n>['t'], actions: (o: Output) => ReactNode, manage = false): NonNullable<TableProps<Output>['columns']> {
  return [
    { title: t(m.outputTitle), key: 'title', render: (_: unknown, o) => <OutputTitle o={o} manage={manage} /> },
    { title: t(m.kind), dataIndex: 'kind', width: 100, render: (v: Output['kind']) => t(m.kinds[v]) },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (_: unknown, o) => <OutputState o={o} /> },
    { title: t(m.author), dataIndex: 'createdByName', width: 90, render: (v: string | null) => v ?? '—' },
    { title: t(m.submittedAt), dataIndex: 'submittedAt', width: 110, render: (v: string | null) => fmtDay(v) },
    { title: t(common.actions), key: 'actions', width: 200, render: (_: unknown, o) => actions(o) },
  ];
}

/** 研究成果 of a topic and their review: draft → submitted → approved | returned (with a note) → …; approved → published as an article. */
export function OutputsPanel({ topic, manage }: { topic: Topic; manage: boolean }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const review = useOutputReview(manage);
  const list = useQuery({ queryKey: [...researchKey, 'outputs', topic.id], queryFn: () => researchApi.outputs(topic.id) });
  return (
    <Card
      size="small"
      title={t(m.outputs)}
      extra={
        manage &&
        topic.status === 'active' && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-output">
            {t(m.addOutput)}
          </Button>
        )
      }
    >
      <Table<Output>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={outputColumns(t, review.actions, manage && topic.status === 'active')}
        locale={{ emptyText: <EmptyState description={list.error ? errorText(list.error) : t(m.noOutputs)} /> }}
        data-testid="outputs-table"
      />
      <OutputDialog open={adding} onClose={() => setAdding(false)} invalidate={researchKey} save={(v) => researchApi.addOutput(topic.id, v)} />
      {review.dialogs}
    </Card>
  );
}
