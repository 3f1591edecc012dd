import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../kernel/i18n.js';
import { sText } from './messages.js';
import { cText as m } from './case-messages.js';
import { CaseEditor } from './CaseEditor.js';
import { casesApi, casesKey, type Call, type Case } from './cases.api.js';

type CaseRow = Omit<Case, 'parts' | 'files'>;
const day = (v: string | null) => (v ? String(v).slice(0, 10) : '');
const caseColor = { draft: 'default', submitted: 'green', withdrawn: 'orange' } as const;

/** 案例申报 (organisations): the calls we may enter, our cases (drafts, submitted, withdrawn) and the published winners. */
export default function MyCasesPage() {
  const { t } = useI18n();
  const [editing, setEditing] = useState<{ call: Call; caseId: number | null } | null>(null);
  const calls = useQuery({ queryKey: [...casesKey, 'calls'], queryFn: casesApi.calls });
  const mine = useQuery({ queryKey: [...casesKey, 'mine'], queryFn: casesApi.mine });
  const winners = useQuery({ queryKey: [...casesKey, 'winners'], queryFn: casesApi.winners });
  const callOf = (id: number) => calls.data?.items.find((c) => c.id === id);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 0 }}>{t(m.myCases)}</Typography.Title>
        <Typography.Text type="secondary">{t(m.myCasesHint)}</Typography.Text>
      </div>
      <Card size="small" title={t(m.calls)}>
        <Table<Call>
          rowKey="id"
          size="small"
          loading={calls.isLoading}
          pagination={false}
          dataSource={calls.data?.items ?? []}
          columns={[
            { title: t(sText.title), dataIndex: 'title', ellipsis: true },
            { title: t(sText.deadline), dataIndex: 'submissionDeadline', width: 120, render: day },
            { title: t(sText.status), dataIndex: 'status', width: 100, render: (s: Call['status']) => <Tag>{t(sText[s])}</Tag> },
            {
              key: 'a',
              width: 120,
              render: (_: unknown, c) => c.status === 'open' && <Button size="small" type="primary" onClick={() => setEditing({ call: c, caseId: null })} data-testid={`apply-${c.id}`}>{t(m.apply)}</Button>,
            },
          ]}
        />
      </Card>
      <Card size="small" title={t(m.ourCases)}>
        <Table<CaseRow>
          rowKey="id"
          size="small"
          loading={mine.isLoading}
          pagination={false}
          dataSource={mine.data?.items ?? []}
          data-testid="our-cases"
          columns={[
            { title: t(m.caseTitle), dataIndex: 'title', ellipsis: true },
            { title: t(m.competition), dataIndex: 'competitionTitle', width: 260, ellipsis: true },
            { title: t(m.org), dataIndex: 'orgName', width: 200, ellipsis: true },
            { title: t(sText.status), dataIndex: 'status', width: 100, render: (s: CaseRow['status']) => <Tag color={caseColor[s]}>{t(m[s])}</Tag> },
            { title: t(m.updated), dataIndex: 'updatedAt', width: 120, render: day },
            {
              key: 'a',
              width: 90,
              render: (_: unknown, s) => {
                const call = callOf(s.competitionId);
                return call && <a onClick={() => setEditing({ call, caseId: s.id })} data-testid={`case-${s.id}`}>{t(call.status === 'open' ? m.edit : m.view)}</a>;
              },
            },
          ]}
        />
      </Card>
      <Card size="small" title={t(m.winners)}>
        <Table
          rowKey={(w) => `${w.competitionId}-${w.submissionId}`}
          size="small"
          loading={winners.isLoading}
          pagination={false}
          locale={{ emptyText: t(m.noWinners) }}
          dataSource={winners.data?.items ?? []}
          data-testid="winners"
          columns={[
            { title: t(m.caseTitle), dataIndex: 'title', ellipsis: true },
            { title: t(m.org), dataIndex: 'orgName', width: 220, ellipsis: true },
            { title: t(m.tier), dataIndex: 'tierName', width: 110, render: (v: string, w) => <Tag color={w.tier === 'demonstration' ? 'red' : 'gold'}>{v}</Tag> },
            { title: t(m.competition), dataIndex: 'competitionTitle', width: 260, ellipsis: true },
          ]}
        />
      </Card>
      {editing && <CaseEditor call={editing.call} caseId={editing.caseId} onClose={() => setEditing(null)} />}
    </Space>
  );
}
