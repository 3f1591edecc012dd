import { lazy, Suspense, useState } from 'react';
import { Button, Form, Input, Progress, Select, theme, Upload, type UploadFile } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, ApiError } from '../../../kernel/api.js';
import { client, unwrap, type Body } from '../../../kernel/api-client.js';
import { errorText } from '../../../kernel/feedback.js';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { useI18n } from '../../../kernel/i18n.js';
import { Loading } from '../../../kernel/Loading.js';
import { Panel } from '../../../kernel/Panel.js';
import { dText } from '../messages.js';
import { descriptionCount, descriptionRules, phoneRule } from '../field-rules.js';
import { solveChallenge } from '../pow.js';
import { categoryLabel, useDemandOptions } from '../useDemands.js';
import { CitizenFrame } from './CitizenFrame.js';
import type { Submitted } from './CitizenSubmitted.js';

// The answer after sending (antd's Result and copyable Typography) loads only once there is one.
const CitizenSubmitted = lazy(() => import('./CitizenSubmitted.js'));

type Values = Omit<Body<'/api/v1/public/demands', 'post'>, 'challenge'>;

const MAX_PHOTOS = 3;

/** JSON without photos; with photos one multipart request (the JSON in field "data"), so they are recorded with the demand or not at all. */
function send(body: Body<'/api/v1/public/demands', 'post'>, photos: File[]): Promise<Submitted> {
  if (!photos.length) return unwrap(client.POST('/api/v1/public/demands', { body }));
  const form = new FormData();
  form.append('data', JSON.stringify(body));
  for (const p of photos) form.append('photos', p, p.name);
  return api.post<Submitted>('/public/demands', form);
}

/** The photos the server refused, by uid, with its reason (which starts with the file name). */
function refusedPhotos(err: unknown, photos: UploadFile[]): Map<string, string> {
  const refused = new Map<string, string>();
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return refused;
  const reasons = (err.details as { field?: string; message?: unknown }[]).flatMap((d) => (d.field === 'photos' && typeof d.message === 'string' ? [d.message] : []));
  for (const p of photos) {
    const reason = reasons.find((m) => m.startsWith(`${p.name}：`) || m.startsWith(`${p.name}:`));
    if (reason) refused.set(p.uid, reason);
  }
  return refused;
}

/** The citizen's form: proof of work in the browser instead of a CAPTCHA; the photos go in the same request. */
export default function CitizenSubmit() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const options = useDemandOptions();
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Submitted | null>(null);
  const district = Form.useWatch('districtCode', form);
  const { token } = theme.useToken();

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      setProgress(0);
      const ch = await unwrap(client.GET('/api/v1/public/challenge'));
      const solution = await solveChallenge(ch, (f) => setProgress(Math.round(f * 100)));
      setProgress(100);
      const body = { ...v, streetCode: v.streetCode ?? null, citizenPhone: v.citizenPhone?.trim() || null, challenge: { nonce: ch.nonce, solution } };
      const files = photos.flatMap((p) => (p.originFileObj ? [p.originFileObj] : []));
      setDone(await send(body, files));
    } catch (err) {
      // Nothing was recorded: the form stays filled, and a refused photo is marked so it can be removed.
      const refused = refusedPhotos(err, photos);
      if (refused.size) setPhotos((list) => list.map((p) => (refused.has(p.uid) ? { ...p, status: 'error', response: refused.get(p.uid) } : p)));
      if (!applyFieldErrors(form, err)) setError(errorText(err));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  if (done)
    return (
      <Suspense fallback={<Loading />}>
        <CitizenSubmitted
          done={done}
          onAgain={() => {
            form.resetFields();
            setPhotos([]);
            setDone(null);
          }}
        />
      </Suspense>
    );

  return (
    <CitizenFrame>
      <Panel>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={busy} requiredMark={false}>
          <Form.Item name="categoryCode" label={t(dText.category)} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="c-category"
              loading={options.isLoading}
              options={(options.data?.categories ?? []).map((c) => ({ value: c.code, label: categoryLabel(lang, c) }))}
            />
          </Form.Item>
          <Form.Item name="districtCode" label={t(dText.district)} rules={[{ required: true }]}>
            <Select data-testid="c-district" options={(options.data?.districts ?? []).map((d) => ({ value: d.code, label: d.name }))} onChange={() => form.setFieldValue('streetCode', undefined)} />
          </Form.Item>
          <Form.Item name="streetCode" label={t(dText.street)}>
            <Select
              allowClear
              data-testid="c-street"
              disabled={!district}
              options={(options.data?.streets ?? []).filter((s) => s.district === district).map((s) => ({ value: s.code, label: s.name }))}
            />
          </Form.Item>
          <Form.Item name="description" label={t(dText.description)} rules={descriptionRules}>
            <Input.TextArea rows={4} placeholder={t(dText.descriptionHint)} data-testid="c-description" count={descriptionCount} />
          </Form.Item>
          <Form.Item name="address" label={t(dText.address)}>
            <Input data-testid="c-address" />
          </Form.Item>
          <Form.Item name="citizenPhone" label={t(dText.phone)} rules={[phoneRule(t)]}>
            <Input inputMode="tel" data-testid="c-phone" />
          </Form.Item>
          <Form.Item label={t(dText.photos)} extra={t(dText.photoRule)}>
            <Upload
              listType="picture-card"
              accept="image/jpeg,image/png,image/webp"
              multiple
              fileList={photos}
              beforeUpload={() => false}
              onChange={({ fileList }) => setPhotos(fileList.slice(0, MAX_PHOTOS))}
            >
              {photos.length < MAX_PHOTOS && <CameraOutlined style={{ fontSize: 24 }} />}
            </Upload>
          </Form.Item>
          {progress !== null && (
            <div data-testid="pow-progress" style={{ marginBottom: 12 }}>
              <span style={{ color: token.colorTextSecondary }}>{t(dText.verifying)}</span>
              <Progress percent={progress} size="small" status="active" />
            </div>
          )}
          {error && (
            <span style={{ color: token.colorError }} data-testid="c-error">
              {error}
            </span>
          )}
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="c-submit">
            {t(dText.submit)}
          </Button>
        </Form>
      </Panel>
      <Panel size="small">
        <Link to="/c/track">{t(dText.trackTitle)}</Link>
      </Panel>
    </CitizenFrame>
  );
}
