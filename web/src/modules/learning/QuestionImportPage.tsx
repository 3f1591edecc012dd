import { useState } from 'react';
import { Alert, Button, Input, Result, Select, Space, Steps, Table, Tag, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kernel/api.js';
import { errorText } from '../../kernel/feedback.js';
import { common, useI18n, punct } from '../../kernel/i18n.js';
import { PageContainer } from '../../kernel/ui.js';
import { OrgTreeSelect } from '../org/OrgTreeSelect.js';
import type { Schema } from '../../kernel/api-client.js';
import { lt, reasonLabels, typeLabels } from './messages.js';

type ImportReport = Schema<'QuestionImportReport'>;
type ImportItem = ImportReport['items'][number];
type Format = ImportReport['format'] | undefined;

/** Import wizard: choose a file → dry-run report per item (imported / skipped and why) → apply. */
export default function QuestionImportPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [orgId, setOrgId] = useState<number>();
  const [format, setFormat] = useState<Format>();
  const [tags, setTags] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);

  const run = useMutation({
    mutationFn: (mode: 'dry-run' | 'apply') => api.upload<ImportReport>('/learning/questions/import', file!, { orgId, format, mode, tags }),
    meta: { silent: true },
    onSuccess: (r) => {
      if (r.mode === 'apply') {
        setApplied(r);
        void qc.invalidateQueries({ queryKey: ['learning'] });
      } else setReport(r);
    },
  });
  const reset = () => {
    setFile(null);
    setReport(null);
    setApplied(null);
    run.reset();
  };
  const step = applied ? 2 : report ? 1 : 0;

  const columns = [
    { title: '#', dataIndex: 'index', width: 60, render: (i: number) => i + 1 },
    { title: t(lt.line), dataIndex: 'line', width: 70 },
    { title: t(lt.type), dataIndex: 'type', width: 100, render: (v: string | null) => (v && typeLabels[v] ? t(typeLabels[v]) : (v ?? '—')) },
    { title: t(lt.stem), dataIndex: 'stem', ellipsis: true },
    { title: t(lt.status), dataIndex: 'status', width: 90, render: (s: string) => <Tag color={s === 'imported' ? 'green' : 'orange'}>{t(s === 'imported' ? lt.imported : lt.skipped)}</Tag> },
    { title: t(lt.reason), key: 'reason', width: 280, render: (_: unknown, r: ImportItem) => (r.reason ? `${t(reasonLabels[r.reason])}${r.message ? `${t(punct.colon)}${t({ zh: r.message, en: r.messageEn ?? r.message })}` : ''}` : '') },
  ];
  const shown = applied ?? report;

  return (
    <PageContainer title={t(lt.importBank)} extra={<Button icon={<DownloadOutlined />} onClick={() => api.download('/learning/questions/import/template.xlsx', undefined, '题库导入模板.xlsx')}>{t(lt.template)}</Button>}>
      <Steps current={step} items={[{ title: t(lt.step1) }, { title: t(lt.step2) }, { title: t(lt.step3) }]} style={{ marginBottom: 24 }} />
      {step === 0 && (
        <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 640 }}>
          <OrgTreeSelect id="import-org" value={orgId} onChange={setOrgId} placeholder={t(lt.chooseOrg)} style={{ width: '100%' }} />
          <Space wrap>
            <Select
              value={format ?? 'auto'}
              onChange={(v) => setFormat(v === 'auto' ? undefined : (v as Format))}
              style={{ width: 200 }}
              options={[
                { value: 'auto', label: t(lt.formatAuto) },
                { value: 'excel', label: 'Excel (.xlsx)' },
                { value: 'gift', label: 'Moodle GIFT' },
                { value: 'json', label: 'JSON 题库' },
              ]}
            />
            <Input placeholder={t(lt.extraTags)} value={tags} onChange={(e) => setTags(e.target.value)} style={{ width: 260 }} />
          </Space>
          <Upload.Dragger
            accept=".xlsx,.gift,.txt,.json"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t(lt.chooseFile)}</p>
          </Upload.Dragger>
          {run.error && <Alert type="error" showIcon message={errorText(run.error)} />}
          <Button type="primary" disabled={!file || !orgId} loading={run.isPending} onClick={() => run.mutate('dry-run')} data-testid="import-dry-run">
            {t(lt.dryRun)}
          </Button>
        </Space>
      )}
      {shown && (
        <>
          {applied ? (
            <Result status="success" title={t(lt.appliedSummary, { imported: applied.imported, skipped: applied.skipped })} extra={<Button onClick={reset}>{t(lt.again)}</Button>} />
          ) : (
            <Space style={{ marginBottom: 12 }} wrap>
              <Alert type={report!.skipped ? 'warning' : 'success'} showIcon message={t(lt.reportSummary, { total: report!.total, imported: report!.imported, skipped: report!.skipped })} />
              <Button type="primary" disabled={report!.imported === 0} loading={run.isPending} onClick={() => run.mutate('apply')} data-testid="import-apply">
                {t(lt.apply, { n: report!.imported })}
              </Button>
              <Button onClick={reset}>{t(common.cancel)}</Button>
            </Space>
          )}
          {run.error && <Alert type="error" showIcon message={errorText(run.error)} />}
          <Table<ImportItem> rowKey="index" size="small" columns={columns} dataSource={shown.items} pagination={{ pageSize: 50, showTotal: (n) => t(common.total, { n }) }} data-testid="import-report" />
        </>
      )}
    </PageContainer>
  );
}
