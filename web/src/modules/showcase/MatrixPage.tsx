import { Input, Popconfirm, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { cText as m } from './case-messages.js';
import { caseCode } from './case-code.js';
import { casesApi, casesKey, type Matrix } from './cases.api.js';

type CaseRow = Matrix['cases'][number];

/**
 * 评审分配 (committee): reviewers × cases of a round with each reviewer's load, the assigned cells (green when the
 * expertise matches) and the conflicts. An empty cell assigns by hand, an unscored ✓ is removed; the server still
 * refuses a conflict and its message is shown.
 */
export default function MatrixPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const [round, setRound] = useState(1);
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState<string>();
  const key = [...casesKey, 'matrix', id, round, page, search];
  const q = useQuery({ queryKey: key, queryFn: () => casesApi.matrix(id, round, page, search) });
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      showSuccess(done);
      await qc.invalidateQueries({ queryKey: [...casesKey, 'matrix', id] });
    } catch (err) {
      showError(err);
    }
  };
  const cell = (c: CaseRow, accountId: number) => {
    const a = c.reviewers.find((r) => r.accountId === accountId);
    const conflict = c.conflicts.find((x) => x.accountId === accountId);
    const testId = `cell-${c.submissionId}-${accountId}`;
    if (a) {
      const tag = <Tag color={a.expertiseMatch ? 'green' : 'blue'} data-testid={testId}>✓{a.total !== null ? ` ${a.total}` : ''}</Tag>;
      return a.total !== null ? tag : (
        <Popconfirm title={t(m.removeAssignment)} onConfirm={() => act(() => casesApi.unassign(id, a.assignmentId), t(m.removed))}>
          <a>{tag}</a>
        </Popconfirm>
      );
    }
    const assign = () => act(() => casesApi.assign(id, { round, submissionId: c.submissionId, reviewerAccountId: accountId }), t(m.assigned));
    if (conflict)
      return (
        <Tooltip title={t(m.conflictTip, { reason: t(m[conflict.reason]) })}>
          <a onClick={assign}><Tag color="red" data-testid={testId}>✗</Tag></a>
        </Tooltip>
      );
    return <a onClick={assign} data-testid={testId} style={{ display: 'inline-block', width: 28, color: '#bbb' }}>+</a>;
  };
  const reviewers = q.data?.reviewers ?? [];
  return (
    <div>
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t(m.matrix)}</Typography.Title>
        <Segmented value={round} onChange={(v) => (setRound(Number(v)), setPage(1))} options={[{ value: 1, label: t(m.round1) }, { value: 2, label: t(m.round2) }]} data-testid="matrix-round" />
        <Input.Search allowClear placeholder={t(m.search)} style={{ width: 240 }} onSearch={(v) => (setSearch(v || undefined), setPage(1))} />
      </Space>
      <Typography.Paragraph type="secondary">{t(m.matrixHint)}</Typography.Paragraph>
      <Table<CaseRow>
        rowKey="submissionId"
        size="small"
        bordered
        loading={q.isLoading}
        scroll={{ x: 360 + reviewers.length * 90 }}
        dataSource={q.data?.cases ?? []}
        data-testid="matrix"
        pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t(m.caseTitle), key: 'case', fixed: 'left', width: 240, render: (_: unknown, c) => <span><Tag>{caseCode(c.submissionId)}</Tag>{c.title}<br /><Typography.Text type="secondary">{c.orgName}</Typography.Text></span> },
          ...reviewers.map((r) => ({
            key: `r${r.accountId}`,
            width: 90,
            align: 'center' as const,
            title: <span data-testid={`load-${r.accountId}`}>{r.name}<br /><Typography.Text type="secondary">{t(m.load)} {r.load}</Typography.Text></span>,
            render: (_: unknown, c: CaseRow) => cell(c, r.accountId),
          })),
        ]}
      />
    </div>
  );
}
