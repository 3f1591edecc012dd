import { useState } from 'react';
import { Alert, Button, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../kernel/api.js';
import { modal } from '../../kernel/feedback.js';
import { common, useI18n, type Text } from '../../kernel/i18n.js';
import { PageContainer } from '../../kernel/ui.js';
import { importText as m } from './import-messages.js';
import { orgText } from './messages.js';
import type { ImportResult, RowError } from './org.api.js';

type Step = 0 | 1 | 2 | 3 | 4;

/** Server error rows name the column by its key; show the template header instead. */
const columnLabels: Record<string, Text> = {
  name: orgText.personName,
  gender: orgText.gender,
  ethnicity: orgText.ethnicity,
  birthDate: orgText.birthDate,
  idNumber: orgText.idNumber,
  phone: orgText.phone,
  partyStatus: orgText.partyStatus,
  joinDate: orgText.joinDate,
  org: orgText.org,
  unit: orgText.unit,
  position: orgText.position,
  education: orgText.education,
};

/** 422 import_invalid carries the same result shape in details. */
function resultOf(err: unknown): ImportResult | null {
  if (err instanceof ApiError && err.code === 'import_invalid' && err.details && typeof err.details === 'object' && 'errors' in err.details) {
    return err.details as ImportResult;
  }
  return null;
}

export default function ImportWizardPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const validate = useMutation({
    mutationFn: (f: File) => api.upload<ImportResult>('/roster/import', f, { mode: 'validate' }),
    onSuccess: (r) => {
      setResult(r);
      setStep(r.errors.length > 0 || r.total === 0 ? 2 : 3);
    },
  });
  const apply = useMutation({
    mutationFn: (f: File) => api.upload<ImportResult>('/roster/import', f, { mode: 'apply' }),
    meta: { silent: true },
    onSuccess: (r) => {
      setResult(r);
      setStep(4);
    },
    onError: (err) => {
      const r = resultOf(err);
      if (r) {
        setResult(r);
        setStep(2);
      }
    },
  });

  const pick = (f: File) => {
    setFile(f);
    setResult(null);
    validate.mutate(f);
    return false;
  };
  const restart = () => {
    setFile(null);
    setResult(null);
    setStep(1);
  };

  const errorColumns = [
    { title: t(m.row), dataIndex: 'row', width: 80 },
    { title: t(m.field), dataIndex: 'field', width: 120, render: (f: string) => (columnLabels[f] ? t(columnLabels[f]) : f) },
    { title: t(m.value), dataIndex: 'value', width: 200, render: (v: string) => <Typography.Text code>{v || ' '}</Typography.Text> },
    { title: t(m.message), dataIndex: 'message' },
  ];

  const steps = [m.stepTemplate, m.stepUpload, m.stepErrors, m.stepConfirm, m.stepDone].map((s) => ({ title: t(s) }));
  const fileName = file?.name ?? '';

  return (
    <PageContainer title={t(m.title)} subTitle={t(m.sub)}>
      <Steps current={step} status={step === 2 ? "error" : undefined} items={steps} style={{ marginBottom: 24 }} data-testid="import-steps" />
      {step === 0 && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="info" showIcon title={t(m.templateHelp)} />
          <Space wrap>
            <Button type="primary" icon={<DownloadOutlined />} onClick={() => api.download('/roster/template', undefined, 'roster-template.xlsx')}>
              {t(m.download)}
            </Button>
            <Button onClick={() => setStep(1)} data-testid="import-next">
              {t(m.haveFile)}
            </Button>
          </Space>
        </Space>
      )}
      {step === 1 && (
        <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} beforeUpload={pick} disabled={validate.isPending} data-testid="import-upload">
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{validate.isPending ? t(m.validating) : t(m.drop)}</p>
          <p className="ant-upload-hint">{t(m.dropHint)}</p>
        </Upload.Dragger>
      )}
      {step === 2 && result && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            type="error"
            showIcon
            title={result.total === 0 && result.errors.length === 0 ? t(m.emptyFile) : t(m.foundErrors, { file: fileName, total: result.total, n: result.errors.length })}
            data-testid="import-errors-summary"
          />
          <Space wrap>
            <Button type="primary" onClick={restart} data-testid="import-reupload">
              {t(m.reupload)}
            </Button>
            {result.errorReportId && (
              <Button icon={<DownloadOutlined />} onClick={() => api.download(`/roster/import/errors/${result.errorReportId}`, undefined, 'roster-errors.xlsx')}>
                {t(m.downloadAnnotated)}
              </Button>
            )}
          </Space>
          <Table<RowError>
            rowKey={(e) => `${e.row}:${e.field}:${e.message}`}
            size="small"
            columns={errorColumns}
            dataSource={result.errors}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="import-errors"
          />
        </Space>
      )}
      {step === 3 && result && file && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="success" showIcon title={t(m.validOk, { file: fileName, total: result.total })} data-testid="import-valid" />
          <Space>
            <Button onClick={restart}>{t(m.reupload)}</Button>
            <Button
              type="primary"
              loading={apply.isPending}
              data-testid="import-apply"
              onClick={() =>
                modal()?.confirm({
                  title: t(m.apply),
                  content: t(m.applyConfirm, { total: result.total }),
                  okText: t(common.confirm),
                  cancelText: t(common.cancel),
                  onOk: () => apply.mutateAsync(file).catch(() => undefined),
                })
              }
            >
              {t(m.apply)}
            </Button>
          </Space>
          {apply.error && !resultOf(apply.error) && <Alert type="error" showIcon title={apply.error.message} />}
        </Space>
      )}
      {step === 4 && result && (
        <Result
          status="success"
          title={t(m.done)}
          subTitle={<span data-testid="import-done">{t(m.doneSub, { n: result.imported })}</span>}
          extra={[
            <Button type="primary" key="members" onClick={() => nav('/org/members')}>
              {t(m.toMembers)}
            </Button>,
            <Button key="again" onClick={restart}>
              {t(m.again)}
            </Button>,
          ]}
        />
      )}
    </PageContainer>
  );
}
