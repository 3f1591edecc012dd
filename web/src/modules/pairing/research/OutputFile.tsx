import { useState } from 'react';
import { Button, Space, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../../kernel/api.js';
import { showError, showSuccess } from '../../../kernel/feedback.js';
import { useI18n, punct } from '../../../kernel/i18n.js';
import { confirmStep } from './confirm.js';
import { rText as m } from './messages.js';
import { researchKey, type Output } from './research.api.js';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,image/webp,image/gif';
const ext: Record<NonNullable<Output['file']>['kind'], string> = { pdf: 'pdf', docx: 'docx', png: 'png', jpeg: 'jpg', webp: 'webp', gif: 'gif' };

/**
 * An output's file (a report or proposal as PDF, Word or image): download at the reader's own address (`base`: the
 * admin's /pairing/research, the cadre's /me/research or the entrepreneur's /me/entrepreneur/research); while the
 * output is a draft or returned, whoever may edit it (`editable`) uploads, replaces or removes it.
 */
export function OutputFile({ o, base, editable }: { o: Output; base: string; editable: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const path = `${base}/outputs/${o.id}/file`;
  const canChange = editable && (o.status === 'draft' || o.status === 'returned');
  const kindName = o.file ? t(m.fileKinds[o.file.kind === 'pdf' || o.file.kind === 'docx' ? o.file.kind : 'image']) : '';
  const refresh = () => qc.invalidateQueries({ queryKey: researchKey });
  if (!o.file && !canChange) return null;
  return (
    <Space size={4} wrap style={{ marginTop: 4 }} data-testid={`output-file-${o.id}`}>
      {o.file && (
        <Button
          size="small"
          type="link"
          icon={<DownloadOutlined />}
          style={{ paddingInline: 0 }}
          onClick={() => api.download(path, undefined, `${o.title}.${ext[o.file!.kind]}`).catch(showError)}
          data-testid={`output-file-download-${o.id}`}
        >
          {t(m.downloadFile)}{t(punct.open)}{kindName}{t(punct.close)}
        </Button>
      )}
      {canChange && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MAX_BYTES) {
              showError(new Error(t(m.fileHelp)));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={async ({ file, onSuccess, onError }) => {
            setBusy(true);
            try {
              onSuccess?.(await api.upload(path, file as File));
              showSuccess(t(m.fileUploaded));
              await refresh();
            } catch (err) {
              showError(err);
              onError?.(err as Error);
            } finally {
              setBusy(false);
            }
          }}
        >
          <Button size="small" icon={o.file ? <PaperClipOutlined /> : <UploadOutlined />} loading={busy} data-testid={`output-file-upload-${o.id}`}>
            {o.file ? t(m.replaceFile) : t(m.uploadFile)}
          </Button>
        </Upload>
      )}
      {canChange && o.file && (
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          onClick={() =>
            confirmStep({
              title: `${t(m.removeFile)} · ${o.title}`,
              okText: t(m.removeFile),
              done: t(m.fileRemoved),
              danger: true,
              run: async () => {
                await api.delete(path);
                await refresh();
              },
            })
          }
        >
          {t(m.removeFile)}
        </Button>
      )}
      {canChange && <span style={{ color: '#999', fontSize: 12 }}>{t(m.fileHelp)}</span>}
    </Space>
  );
}
