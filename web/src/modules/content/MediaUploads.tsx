import { Button, Space, Typography, Upload } from 'antd';
import { CheckCircleTwoTone, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../kernel/api.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { cText as m } from './messages.js';
import { contentKey } from './useWorkflow.js';
import { acceptOf, slotsOf, type ContentDetail, type MediaSlot } from './content.api.js';

/** One upload button per slot the kind takes; a new file replaces the old one. */
export function MediaUploads({ item }: { item: ContentDetail }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [busy, setBusy] = useState<MediaSlot | null>(null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {slotsOf[item.kind].map((slot) => (
        <Space key={slot} wrap>
          <span style={{ display: 'inline-block', minWidth: 72 }}>{t(m[slot])}</span>
          <Upload
            accept={acceptOf[slot]}
            showUploadList={false}
            customRequest={async ({ file, onSuccess, onError }) => {
              setBusy(slot);
              try {
                const res = await api.upload(`/content/${item.id}/media/${slot}`, file as File);
                onSuccess?.(res);
                showSuccess(t(m.uploadedOk));
                void qc.invalidateQueries({ queryKey: contentKey });
              } catch (err) {
                showError(err);
                onError?.(err as Error);
              } finally {
                setBusy(null);
              }
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy === slot} aria-label={`${t(m.uploadFile)} ${t(m[slot])}`}>
              {item.media[slot] ? t(m.replaceFile) : t(m.uploadFile)}
            </Button>
          </Upload>
          {item.media[slot] && (
            // A Word file cannot be shown in the browser: it is saved instead.
            <a href={item.media[slot]} {...(slot === 'document' ? { download: true } : { target: '_blank', rel: 'noopener' })}>
              <CheckCircleTwoTone twoToneColor="#52c41a" /> {t(slot === 'document' ? m.download : m.open)}
            </a>
          )}
        </Space>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(m.uploadLimits)}
      </Typography.Text>
    </Space>
  );
}
