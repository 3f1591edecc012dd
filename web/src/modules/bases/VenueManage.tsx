import { Button, DatePicker, Form, Image, Input, List, Popconfirm, Space, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api } from '../../kernel/api.js';
import { client, unwrap } from '../../kernel/api-client.js';
import { showError, showSuccess } from '../../kernel/feedback.js';
import { applyFieldErrors } from '../../kernel/form-errors.js';
import { validValues } from '../../kernel/form-values.js';
import { common, useI18n } from '../../kernel/i18n.js';
import { EmptyState } from '../../kernel/EmptyState.js';
import { bText as m } from './messages.js';
import { basesApi, basesKey } from './bases.api.js';
import { fmtRange } from './format.js';

const MAX_BYTES = 10 * 1024 * 1024;

/** The venue's photos; its owner's admins upload and delete them (the server checks the venue is theirs). */
export function VenuePhotos({ venueId, canManage }: { venueId: number; canManage: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const key = [...basesKey, 'photos', venueId];
  const photos = useQuery({ queryKey: key, queryFn: () => basesApi.photos(venueId) });
  const remove = useMutation({
    mutationFn: (photoId: number) => unwrap(client.DELETE('/api/v1/bases/venues/{id}/photos/{photoId}', { params: { path: { id: venueId, photoId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  const items = photos.data?.items ?? [];
  return (
    <div data-testid="venue-photos">
      {canManage && (
        <Space style={{ marginBottom: 12 }} wrap>
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
                const res = await api.upload(`/bases/venues/${venueId}/photos`, file as File);
                onSuccess?.(res);
                showSuccess(t(m.uploaded));
                void qc.invalidateQueries({ queryKey: key });
              } catch (err) {
                showError(err);
                onError?.(err as Error);
              }
            }}
          >
            <Button icon={<UploadOutlined />}>{t(m.uploadPhoto)}</Button>
          </Upload>
          <span style={{ color: '#999', fontSize: 12 }}>{t(m.uploadHelp)}</span>
        </Space>
      )}
      {!photos.isLoading && items.length === 0 ? (
        <EmptyState description={t(m.noPhotos)} />
      ) : (
        <Image.PreviewGroup>
          <Space wrap>
            {items.map((p) => (
              <div key={p.id} style={{ position: 'relative' }}>
                <Image width={96} height={72} style={{ objectFit: 'cover' }} src={`${p.url}?w=320`} preview={{ src: `${p.url}?w=1600` }} alt={p.caption || t(m.photos)} />
                {canManage && (
                  <Popconfirm title={t(m.deletePhotoConfirm)} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(p.id).catch(showError)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t(m.deletePhoto)} style={{ position: 'absolute', top: 2, right: 2 }} />
                  </Popconfirm>
                )}
              </div>
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
    </div>
  );
}

interface ClosureValues {
  reason: string;
  range: [Dayjs, Dayjs];
}

/** Closures of the venue: listed for everyone; the owner's admins add them (refused over existing bookings) and delete them. */
export function VenueClosures({ venueId, canManage }: { venueId: number; canManage: boolean }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<ClosureValues>();
  const key = [...basesKey, 'closures', venueId];
  const closures = useQuery({ queryKey: key, queryFn: () => basesApi.closures(venueId) });
  const refresh = () => qc.invalidateQueries({ queryKey: basesKey });
  const add = useMutation({
    mutationFn: (v: ClosureValues) => basesApi.addClosure(venueId, { reason: v.reason, startsAt: v.range[0].toISOString(), endsAt: v.range[1].toISOString() }),
    meta: { silent: true },
    onSuccess: () => {
      showSuccess(t(m.closureSaved));
      form.resetFields();
      void refresh();
    },
    onError: (err) => {
      if (!applyFieldErrors(form, err)) showError(err);
    },
  });
  const remove = useMutation({
    mutationFn: (closureId: number) => unwrap(client.DELETE('/api/v1/bases/venues/{id}/closures/{closureId}', { params: { path: { id: venueId, closureId } } })),
    onSuccess: () => void refresh(),
  });
  const submit = async () => {
    const v = await validValues(form);
    if (v) add.mutate(v);
  };
  const items = closures.data?.items ?? [];
  return (
    <div data-testid="venue-closures">
      <List
        size="small"
        loading={closures.isLoading}
        dataSource={items}
        locale={{ emptyText: <EmptyState description={t(m.noClosures)} /> }}
        renderItem={(c) => (
          <List.Item
            actions={
              canManage
                ? [
                    <Popconfirm key="del" title={t(m.deleteClosureConfirm)} okText={t(common.confirm)} cancelText={t(common.cancel)} okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(c.id).catch(showError)}>
                      <Button size="small" type="link" danger>
                        {t(m.deleteClosure)}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            {fmtRange(String(c.startsAt), String(c.endsAt), lang)} {c.reason}
          </List.Item>
        )}
      />
      {canManage && (
        <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item name="range" label={t(m.closureTime)} rules={[{ required: true, message: t(m.required, { name: t(m.closureTime) }) }]}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={t(m.closureReason)} rules={[{ required: true, min: 2, message: t(m.required, { name: t(m.closureReason) }) }]}>
            <Input maxLength={200} placeholder="设备检修" />
          </Form.Item>
          <Button onClick={submit} loading={add.isPending}>
            {t(m.addClosure)}
          </Button>
        </Form>
      )}
    </div>
  );
}
