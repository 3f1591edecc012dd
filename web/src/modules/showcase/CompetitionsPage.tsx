import { Button, Popconfirm, Select, Space, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { ListPage } from '../../kernel/ListPage.js';
import { sText as m } from './messages.js';
import { showcaseApi, showcaseKey, type Competition, type CompetitionQuery, type Method } from './showcase.api.js';

const statusColor: Record<Competition['status'], string> = { draft: 'default', open: 'green', reviewing: 'blue', decided: 'gold', published: 'red' };
const methods: Method[] = ['zscore', 'trimmed_mean', 'zscore_trimmed', 'mean'];

/** 创新案例评选 (committee): each call's status and the steps of its review — open, close, assign, remind, normalise, award, publish. */
export default function CompetitionsPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [method, setMethod] = useState<Method>('zscore');
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (key: string, fn: () => Promise<string>) => {
    setBusy(key);
    try {
      showSuccess(await fn());
      await qc.invalidateQueries({ queryKey: showcaseKey });
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  const columns: TableProps<Competition>['columns'] = [
    { title: t(m.title), dataIndex: 'title', ellipsis: true },
    { title: t(m.deadline), dataIndex: 'submissionDeadline', width: 120, render: (v: string) => String(v).slice(0, 10) },
    { title: t(m.submitted), dataIndex: 'submitted', width: 90 },
    {
      title: t(m.status),
      dataIndex: 'status',
      width: 130,
      render: (s: Competition['status'], c) => <Space size={2}><Tag color={statusColor[s]}>{t(m[s])}</Tag>{c.reviewRound === 2 && <Tag color="purple">{t(m.round2)}</Tag>}</Space>,
    },
    {
      title: t(common.actions),
      key: 'actions',
      width: 420,
      render: (_: unknown, c) => (
        <Space size="small" wrap>
          {c.status === 'draft' && (
            <Button size="small" loading={busy === `open-${c.id}`} onClick={() => act(`open-${c.id}`, async () => (await showcaseApi.move(c.id, 'open'), t(common.saved)))}>
              {t(m.openCall)}
            </Button>
          )}
          {c.status === 'open' && (
            <Popconfirm title={t(m.confirmClose)} onConfirm={() => act(`close-${c.id}`, async () => (await showcaseApi.move(c.id, 'reviewing'), t(common.saved)))}>
              <Button size="small" data-testid={`close-${c.id}`}>{t(m.closeCall)}</Button>
            </Popconfirm>
          )}
          {c.status === 'reviewing' && (
            <>
              <Button size="small" data-testid={`compute-${c.id}`} loading={busy === `assign-${c.id}`} onClick={() => act(`assign-${c.id}`, async () => {
                const r = await showcaseApi.compute(c.id, c.reviewRound);
                return t(m.computed, { n: r.created, min: r.minLoad, max: r.maxLoad, m: r.matches });
              })}>
                {t(m.compute)}
              </Button>
              <Button size="small" onClick={() => act(`remind-${c.id}`, async () => t(m.reminded, { n: (await showcaseApi.remind(c.id, c.reviewRound)).reminded }))}>{t(m.remind)}</Button>
            </>
          )}
          {(c.status === 'reviewing' || c.status === 'decided') && (
            <Button size="small" data-testid={`normalise-${c.id}`} onClick={() => act(`run-${c.id}`, async () => (await showcaseApi.normalise(c.id, c.reviewRound, method), t(common.saved)))}>
              {t(m.normalise)}
            </Button>
          )}
          {c.status !== 'draft' && c.status !== 'open' && <Link to={`/showcase/competitions/${c.id}/assignments`} data-testid={`matrix-${c.id}`}>{t(m.assignment)}</Link>}
          {c.status !== 'draft' && c.status !== 'open' && <Link to={`/showcase/competitions/${c.id}/results`} data-testid={`results-${c.id}`}>{t(m.results)}</Link>}
          {c.status === 'decided' && (
            <Popconfirm title={t(m.confirmPublish)} onConfirm={() => act(`publish-${c.id}`, async () => (await showcaseApi.publish(c.id), t(common.saved)))}>
              <Button size="small" type="primary" data-testid={`publish-${c.id}`}>{t(m.publish)}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  return (
    <ListPage<Competition, CompetitionQuery>
      title={t(m.competitions)}
      subTitle={t(m.slogan)}
      extra={
        <Space>
          <span>{t(m.method)}</span>
          <Select<Method> value={method} onChange={setMethod} style={{ width: 240 }} options={methods.map((x) => ({ value: x, label: t(m[x]) }))} data-testid="method" />
        </Space>
      }
      queryKey={[...showcaseKey, 'competitions']}
      query={(s) => ({ page: s.page, pageSize: s.pageSize, q: s.q })}
      fetch={showcaseApi.competitions}
      columns={columns}
      search={{ placeholder: t(m.title), width: 240 }}
      rowKey="id"
    />
  );
}
