import { useState } from 'react';
import { Button, Card, Space, Table, Tag, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorText, showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/ui.js';
import { ReasonDialog } from '../../community/ReasonDialog.js';
import { fmtDay } from '../usePairing.js';
import { confirmStep } from './confirm.js';
import { OutputState } from './items.js';
import { rText as m } from './messages.js';
import { OutputDialog } from './OutputDialog.js';
import { researchApi, researchKey, type Output, type Topic } from './research.api.js';

const editable = (o: Output) => o.status === 'draft' || o.status === 'returned';

/** 研究成果 and their review: draft → submitted → approved | returned (with a note) → …; approved → published as an article. */
export function OutputsPanel({ topic, manage }: { topic: Topic; manage: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<Output | null>(null);
  const [adding, setAdding] = useState(false);
  const [returning, setReturning] = useState<Output | null>(null);
  const list = useQuery({ queryKey: [...researchKey, 'outputs', topic.id], queryFn: () => researchApi.outputs(topic.id) });
  const refresh = () => qc.invalidateQueries({ queryKey: researchKey });
  const step = (o: Output, title: string, content: string, done: string, run: () => Promise<unknown>) =>
    confirmStep({ title: `${title} · ${o.title}`, content, okText: title, done, run: async () => (await run(), await refresh()) });
  const columns: TableProps<Output>['columns'] = [
    {
      title: t(m.outputTitle),
      dataIndex: 'title',
      render: (v: string, o) => (
        <>
          <div>{v}</div>
          {o.summary && <div style={{ color: '#888', fontSize: 12 }}>{o.summary}</div>}
          {o.status === 'returned' && o.reviewNote && <div style={{ color: '#c8161d', fontSize: 12 }}>{t(m.reviewNote)}：{o.reviewNote}</div>}
        </>
      ),
    },
    { title: t(m.kind), dataIndex: 'kind', width: 100, render: (v: Output['kind']) => t(m.kinds[v]) },
    { title: t(m.status), dataIndex: 'status', width: 90, render: (_: unknown, o) => <OutputState o={o} /> },
    { title: t(m.author), dataIndex: 'createdByName', width: 90, render: (v: string | null) => v ?? '—' },
    { title: t(m.submittedAt), dataIndex: 'submittedAt', width: 110, render: (v: string | null) => fmtDay(v) },
    {
      title: t(common.actions),
      key: 'actions',
      width: 200,
      render: (_: unknown, o) => (
        <Space size="small" wrap>
          {o.status === 'published' && o.contentId && (
            <Link to={`/content/${o.contentId}`} data-testid={`read-${o.id}`}>
              {t(m.readPublished)}
            </Link>
          )}
          {manage && editable(o) && <a onClick={() => setEditing(o)}>{t(common.edit)}</a>}
          {manage && editable(o) && (
            <a data-testid={`submit-${o.id}`} onClick={() => step(o, t(m.submit), t(m.submitConfirm), t(m.submittedDone), () => researchApi.submit(o.id))}>
              {t(m.submit)}
            </a>
          )}
          {manage && o.status === 'submitted' && (
            <>
              <a data-testid={`approve-${o.id}`} onClick={() => step(o, t(m.approve), t(m.approveConfirm), t(m.approvedDone), () => researchApi.approve(o.id))}>
                {t(m.approve)}
              </a>
              <a style={{ color: '#c8161d' }} data-testid={`return-${o.id}`} onClick={() => setReturning(o)}>
                {t(m.return)}
              </a>
            </>
          )}
          {manage && o.status === 'approved' && (
            <a data-testid={`publish-${o.id}`} onClick={() => step(o, t(m.publish), t(m.publishConfirm), t(m.publishedDone), () => researchApi.publish(o.id))}>
              {t(m.publish)}
            </a>
          )}
        </Space>
      ),
    },
  ];
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
        columns={columns}
        locale={{ emptyText: <EmptyState description={list.error ? errorText(list.error) : t(m.noOutputs)} /> }}
        data-testid="outputs-table"
      />
      <OutputDialog
        open={adding || !!editing}
        output={editing}
        onClose={() => (setAdding(false), setEditing(null))}
        invalidate={researchKey}
        save={(v) => (editing ? researchApi.updateOutput(editing.id, v) : researchApi.addOutput(topic.id, v))}
      />
      <ReasonDialog
        open={!!returning}
        title={`${t(m.returnTitle)} · ${returning?.title ?? ''}`}
        message={t(m.returnMessage)}
        onClose={() => setReturning(null)}
        onSubmit={async (note) => {
          await researchApi.returnOutput(returning!.id, note);
          showSuccess(t(m.returnedDone));
          await refresh();
        }}
      />
    </Card>
  );
}
