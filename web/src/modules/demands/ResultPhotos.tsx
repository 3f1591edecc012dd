import { Upload, type UploadFile } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api } from '../../kernel/api.js';
import { errorText } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { dText } from './messages.js';

const MAX = 3;

/** The department's photos of the result, sent one by one before the answer; the citizen sees them with it. */
export function ResultPhotos({ demandId }: { demandId: number }) {
  const { t } = useI18n();
  const [files, setFiles] = useState<UploadFile[]>([]);
  return (
    <div data-testid="result-photos">
      <div style={{ marginBottom: 8 }}>{t(dText.resultPhotos)}</div>
      <Upload
        listType="picture-card"
        accept="image/jpeg,image/png,image/webp"
        fileList={files}
        maxCount={MAX}
        showUploadList={{ showPreviewIcon: false, showRemoveIcon: false }}
        onChange={({ fileList }) => setFiles(fileList)}
        customRequest={({ file, onSuccess, onError }) => {
          const form = new FormData();
          form.append('file', file as Blob, (file as File).name);
          api.post<{ id: number }>(`/demands/${demandId}/result-photos`, form).then(
            (res) => onSuccess?.(res),
            (err: unknown) => onError?.(new Error(errorText(err))),
          );
        }}
      >
        {files.length < MAX && <PlusOutlined />}
      </Upload>
    </div>
  );
}
