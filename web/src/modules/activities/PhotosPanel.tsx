import { Button, Image, Pagination, Popconfirm, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kernel/api.js';
import { client, unwrap } from '../../kernel/api-client.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { actText as m } from './messages.js';
import { activitiesKey } from './useActivities.js';

const PAGE = 12;
const MAX_BYTES = 10 * 1024 * 1024;

/** The gallery after an activity: thumbnails and previews come resized from the server (?w=). */
export function PhotosPanel({ activityId, canWrite }: { activityId: number; canWrite: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const key = [...activitiesKey, 'photos', activityId];
  const { data, isLoading } = useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/api/v1/activities/{id}/photos', { params: { path: { id: activityId } } })) });
  const remove = useMutation({
    mutationFn: (id: number) => unwrap(client.DELETE('/api/v1/activity-photos/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  const items = data?.items ?? [];

  return (
    <div>
      {canWrite && (
        <div style={{ marginBottom: 12 }}>
          <Upload
            accept="image/jpeg,image/png,image/webp"
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              if (file.size > MAX_BYTES) {
                showError(new Error(t(m.uploadHelp)));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={async ({ file, onSuccess, onError }) => {
              try {
                const res = await api.upload(`/activities/${activityId}/photos`, file as File);
                onSuccess?.(res);
                showSuccess(t(m.uploaded));
                void qc.invalidateQueries({ queryKey: key });
              } catch (err) {
                showError(err);
                onError?.(err as Error);
              }
            }}
          >
            <Button icon={<UploadOutlined />}>{t(m.upload)}</Button>
          </Upload>
          <span style={{ marginLeft: 8, color: '#999', fontSize: 12 }}>{t(m.uploadHelp)}</span>
        </div>
      )}
      {!isLoading && items.length === 0 ? (
        <EmptyState description={t(m.noPhotos)} />
      ) : (
        <Image.PreviewGroup>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 12 }} data-testid="photo-gallery">
            {items.slice((page - 1) * PAGE, page * PAGE).map((p) => (
              <div key={p.id} style={{ position: 'relative' }}>
                <Image src={`${p.url}?w=320`} preview={{ src: `${p.url}?w=1600` }} alt={p.caption || t(m.photos)} width="100%" height={135} style={{ objectFit: 'cover', borderRadius: 6 }} />
                {canWrite && (
                  <Popconfirm title={t(m.deletePhotoConfirm)} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(p.id)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t(m.deletePhoto)} style={{ position: 'absolute', top: 6, right: 6 }} />
                  </Popconfirm>
                )}
              </div>
            ))}
          </div>
        </Image.PreviewGroup>
      )}
      {items.length > PAGE && <Pagination current={page} pageSize={PAGE} total={items.length} onChange={setPage} style={{ marginTop: 12, textAlign: 'right' }} />}
    </div>
  );
}
