import { useState } from 'react';
import { Button, Space, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { showError, showSuccess } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { communityApi, communityKey, type MemberRegistration } from '../community.api.js';
import { cText as m } from '../messages.js';

/** What the server takes as a proof of residence (it checks the bytes, not this list). */
export const proofAccept = 'image/jpeg,image/png,image/webp,application/pdf';

/** A form control holding the chosen file until the registration is sent (nothing is uploaded here). */
export function ProofPicker({ value, onChange }: { value?: File; onChange?: (f: File | undefined) => void }) {
  const { t } = useI18n();
  return (
    <Upload
      accept={proofAccept}
      maxCount={1}
      fileList={value ? [{ uid: 'proof', name: value.name, status: 'done' }] : []}
      beforeUpload={(file) => {
        onChange?.(file);
        return false;
      }}
      onRemove={() => onChange?.(undefined)}
    >
      <Button icon={<PaperClipOutlined />} data-testid="m-register-proof">
        {t(m.pickProof)}
      </Button>
    </Upload>
  );
}

/** The proof of the current registration: a link to it, and upload or replace while the community has not decided. */
export function CurrentProof({ registration }: { registration: MemberRegistration }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [uploading, setUploading] = useState(false);
  const pending = registration.status === 'pending';
  return (
    <Space size={8} wrap>
      {registration.hasProof ? (
        <a href={communityApi.proofUrl(registration.id)} target="_blank" rel="noreferrer" data-testid="m-proof-link">
          {t(m.viewProof)}
        </a>
      ) : (
        <span style={{ color: '#888' }}>{t(m.noProof)}</span>
      )}
      {pending && (
        <Upload
          accept={proofAccept}
          showUploadList={false}
          customRequest={async ({ file, onSuccess, onError }) => {
            setUploading(true);
            try {
              onSuccess?.(await communityApi.uploadProof(file as File));
              showSuccess(t(m.proofUploaded));
              void qc.invalidateQueries({ queryKey: communityKey });
            } catch (err) {
              showError(err);
              onError?.(err as Error);
            } finally {
              setUploading(false);
            }
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={uploading} data-testid="m-proof-upload">
            {t(registration.hasProof ? m.replaceProof : m.uploadProof)}
          </Button>
        </Upload>
      )}
    </Space>
  );
}
