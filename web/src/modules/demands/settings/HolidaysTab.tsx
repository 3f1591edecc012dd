import { useState } from 'react';
import { Alert, Button, Input, Modal, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import type { TableProps } from 'antd';
import { DeleteOutlined, ImportOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Answer, type Schema } from '../../../kernel/api-client.js';
import { modal, showError, showSuccess } from '../../../kernel/feedback.js';
import { common, punct, useI18n } from '../../../kernel/i18n.js';
import { EmptyState } from '../../../kernel/ui.js';
import { demandsKey } from '../useDemands.js';
import { setText as s } from '../messages.js';

type Holiday = Schema<'DemandHoliday'>;
type Preview = Answer<'/api/v1/demand-holidays/import', 'post'>;

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 6 }, (_, i) => thisYear - 2 + i);

function kindTag(isWorkday: boolean, t: (x: typeof s.off) => string) {
  return isWorkday ? <Tag color="blue">{t(s.work)}</Tag> : <Tag color="green">{t(s.off)}</Tag>;
}

/** The working-day calendar: holidays and adjusted workdays by year, imported from the State Council's annual notice. */
export function HolidaysTab() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [year, setYear] = useState(thisYear);
  const [importing, setImporting] = useState(false);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const key = [...demandsKey, 'holidays'];
  const list = useQuery({ queryKey: [...key, year], queryFn: () => unwrap(client.GET('/api/v1/demand-holidays', { params: { query: { year } } })) });

  const run = useMutation({
    mutationFn: (dryRun: boolean) => unwrap(client.POST('/api/v1/demand-holidays/import', { body: { text, dryRun } })),
    onSuccess: (r, dryRun) => {
      if (dryRun) return setPreview(r);
      showSuccess(t(s.imported, { n: r.imported }));
      setImporting(false);
      setText('');
      setPreview(null);
      if (r.rows[0]) setYear(Number(r.rows[0].day.slice(0, 4)));
      void qc.invalidateQueries({ queryKey: key });
    },
    onError: showError,
  });
  const remove = useMutation({
    mutationFn: (day: string) => unwrap(client.DELETE('/api/v1/demand-holidays/{day}', { params: { path: { day } } })),
    onSuccess: () => {
      showSuccess(t(s.deleted));
      void qc.invalidateQueries({ queryKey: key });
    },
    onError: showError,
  });
  const edit = (v: string) => {
    setText(v);
    setPreview(null);
  };

  const columns: TableProps<Holiday>['columns'] = [
    { title: t(s.day), dataIndex: 'day', width: 140 },
    { title: t(s.kind), dataIndex: 'isWorkday', width: 100, render: (w: boolean) => kindTag(w, t) },
    { title: t(s.holidayName), dataIndex: 'name' },
    {
      title: t(common.actions),
      key: 'actions',
      width: 100,
      render: (_, h) => (
        <Button
          type="link"
          size="small"
          danger
          icon={<DeleteOutlined />}
          data-testid={`delete-day-${h.day}`}
          onClick={() => modal()?.confirm({ title: t(common.confirm), content: t(s.deleteDayConfirm, { day: h.day }), okButtonProps: { danger: true }, okText: t(s.delete), cancelText: t(common.cancel), onOk: () => remove.mutateAsync(h.day) })}
        >
          {t(s.delete)}
        </Button>
      ),
    },
  ];
  const ready = !!preview && preview.errors.length === 0 && preview.rows.length > 0;

  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space>
          {t(s.year)}
          <Select value={year} onChange={setYear} options={[...new Set([...years, year])].sort().map((y) => ({ value: y, label: String(y) }))} style={{ width: 110 }} data-testid="holiday-year" />
        </Space>
        <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-holidays">
          {t(s.importNotice)}
        </Button>
      </Space>
      <Table<Holiday> rowKey="day" size="middle" columns={columns} dataSource={list.data?.items ?? []} loading={list.isFetching} pagination={{ pageSize: 20, hideOnSinglePage: true }} locale={{ emptyText: <EmptyState description={t(s.noHolidays, { year })} /> }} data-testid="holiday-table" />
      <Modal
        open={importing}
        width={720}
        title={t(s.importNotice)}
        onCancel={() => setImporting(false)}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={() => setImporting(false)}>{t(common.cancel)}</Button>
            <Button disabled={!text.trim()} title={text.trim() ? undefined : t(s.pasteFirst)} onClick={() => run.mutate(true)} loading={run.isPending && run.variables} data-testid="holiday-preview">
              {t(s.preview)}
            </Button>
            <Button type="primary" disabled={!ready} onClick={() => run.mutate(false)} loading={run.isPending && !run.variables} data-testid="holiday-import">
              {t(s.doImport, { n: preview?.rows.length ?? 0 })}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t(s.importHelp)}</Typography.Paragraph>
        <Input.TextArea rows={8} value={text} onChange={(e) => edit(e.target.value)} placeholder={'2027-01-01 休 元旦\n2027-02-07 班 春节调休'} data-testid="holiday-text" style={{ fontFamily: 'monospace' }} />
        <Upload accept=".txt,.csv,text/plain,text/csv" showUploadList={false} beforeUpload={(file) => {
            void file.text().then(edit);
            return false;
          }}>
          <Button icon={<UploadOutlined />} style={{ marginTop: 8 }}>
            {t(s.chooseFile)}
          </Button>
        </Upload>
        {preview && (
          <div style={{ marginTop: 12 }} data-testid="holiday-preview-result">
            {preview.errors.length > 0 ? (
              <Alert
                type="error"
                showIcon
                message={t(s.rowErrors, { n: preview.errors.length })}
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="holiday-row-errors">
                    {preview.errors.map((e) => (
                      <li key={e.line}>
                        {t(s.line, { n: e.line })}
                        {t(punct.open)}
                        <Typography.Text code>{e.text}</Typography.Text>
                        {t(punct.close)}
                        {t(punct.colon)}
                        {t(s[`problem_${e.problem}`])}
                      </li>
                    ))}
                  </ul>
                }
              />
            ) : (
              <Alert type="success" showIcon message={t(s.rowsOk, { n: preview.rows.length })} />
            )}
            <Table rowKey="line" size="small" style={{ marginTop: 8 }} pagination={false} scroll={{ y: 240 }} dataSource={preview.rows} columns={[{ title: '#', dataIndex: 'line', width: 60 }, ...columns.slice(0, 3)] as TableProps<Preview['rows'][number]>['columns']} />
          </div>
        )}
      </Modal>
    </>
  );
}
