import { useState } from 'react';
import { Button, Card, List, Modal, Table, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type Answer } from '../../kernel/api-client.js';
import { common, fill, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { assessmentKey, type Round } from './assessment.api.js';
import { asText as m } from './messages.js';

type Report = Answer<'/api/v1/assessment/reports/{targetId}', 'get'>;

/** The 述职 reports of an organisation round, for its admins: who has submitted, and each report to read. */
export function ReportsCard({ round }: { round: Round }) {
  const { t } = useI18n();
  const [reading, setReading] = useState<number | null>(null);
  const reports = useQuery({ queryKey: [...assessmentKey, 'round', round.id, 'reports'], queryFn: () => unwrap(client.GET('/api/v1/assessment/rounds/{id}/reports', { params: { path: { id: round.id } } })) });
  const items = reports.data?.items ?? [];
  const submitted = items.filter((r) => r.submittedAt).length;
  return (
    <Card variant="borderless" style={{ marginBottom: 16 }} title={`${t(m.reportsTab)} · ${fill(t(m.reportsSubmitted), { n: submitted, all: items.length })}`} data-testid="reports-card">
      <Table<Report>
        rowKey="targetId"
        size="small"
        loading={reports.isLoading}
        dataSource={items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState description={t(m.noReports)} /> }}
        columns={[
          { title: t(m.targetName), dataIndex: 'targetName' },
          {
            title: t(m.status),
            key: 'status',
            render: (_: unknown, r) =>
              r.submittedAt ? <Tag color="success">{fill(t(m.submittedAt), { t: new Date(r.submittedAt).toLocaleString() })}</Tag> : <Tag>{t(r.body == null ? m.reportMissing : m.reportDraft)}</Tag>,
          },
          { title: t(m.attachments), key: 'files', width: 80, render: (_: unknown, r) => r.attachments.length || '—' },
          {
            title: t(common.actions),
            key: 'a',
            width: 90,
            render: (_: unknown, r) =>
              r.body != null && (
                <Button size="small" type="link" onClick={() => setReading(r.targetId)} data-testid={`read-report-${r.targetId}`}>
                  {t(m.readReport)}
                </Button>
              ),
          },
        ]}
      />
      <ReportModal targetId={reading} onClose={() => setReading(null)} />
    </Card>
  );
}

/** One 述职 report to read (its admins, its voters once submitted, its own organisation): text and attachments. */
export function ReportModal({ targetId, onClose }: { targetId: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const report = useQuery({
    queryKey: [...assessmentKey, 'report', targetId],
    queryFn: () => unwrap(client.GET('/api/v1/assessment/reports/{targetId}', { params: { path: { targetId: targetId! } } })),
    enabled: targetId != null,
  });
  const r = report.data;
  return (
    <Modal open={targetId != null} onCancel={onClose} footer={null} width={720} title={r ? `${t(m.reportsTab)} · ${r.targetName}` : t(m.reportsTab)} loading={report.isLoading} data-testid="report-modal">
      {r && (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="report-text">
            {r.body}
          </Typography.Paragraph>
          {r.attachments.length > 0 && (
            <List
              size="small"
              header={t(m.attachments)}
              dataSource={r.attachments}
              renderItem={(a) => (
                <List.Item>
                  <a href={`/api/v1/assessment/reports/${r.targetId}/attachments/${a.index}`} target="_blank" rel="noreferrer">
                    <PaperClipOutlined /> {a.fileName}
                  </a>
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Modal>
  );
}
