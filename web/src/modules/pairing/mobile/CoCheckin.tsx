import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Spin } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applyFieldErrors } from '../../../kernel/form-errors.js';
import { showSuccess } from '../../../kernel/feedback.js';
import { common, useI18n } from '../../../kernel/i18n.js';
import { coStudyApi, coStudyKey, type CoCheckin, type CoSession } from '../costudy/costudy.api.js';
import { FormError } from '../FormError.js';
import { rText as m } from '../research/messages.js';

// The camera and the QR decoder are loaded only when the entrepreneur chooses to scan.
const QrScanner = lazy(() => import('../../activities/mobile/QrScanner.js').then((x) => ({ default: x.QrScanner })));

/** Check-in at a co-study session: the six-digit code shown there, or its QR code scanned with the camera. */
export function CoCheckin({ session, onClose }: { session: CoSession | null; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ code: string }>();
  const [scanning, setScanning] = useState(false);
  const [cameraError, setCameraError] = useState(false);
  const [badScan, setBadScan] = useState(false);
  const [otherError, setOtherError] = useState<unknown>(null);
  const checkin = useMutation({
    mutationFn: (proof: CoCheckin) => coStudyApi.checkin(proof),
    meta: { silent: true },
    onSuccess: (r) => {
      showSuccess(t(r.created ? m.checkinDone : m.checkinAlready));
      void qc.invalidateQueries({ queryKey: coStudyKey });
      onClose();
    },
    onError: (err) => setOtherError(applyFieldErrors(form, err) ? null : err),
  });
  const onScan = async (text: string) => {
    const { tokenFrom } = await import('../../activities/mobile/MobileCheckin.js');
    const token = tokenFrom(text);
    setBadScan(!token);
    if (!token) return;
    setScanning(false);
    setOtherError(null);
    checkin.mutate({ token });
  };
  return (
    <Modal
      open={!!session}
      title={`${t(m.checkinTitle)} · ${session?.title ?? ''}`}
      onCancel={onClose}
      afterOpenChange={(o) => o || (form.resetFields(), setScanning(false), setCameraError(false), setBadScan(false), setOtherError(null))}
      footer={null}
      destroyOnHidden
    >
      <FormError err={otherError} />
      {scanning && !cameraError ? (
        <div style={{ marginBottom: 12 }}>
          <Suspense fallback={<Spin />}>
            <QrScanner onResult={(x) => void onScan(x)} onError={() => setCameraError(true)} />
          </Suspense>
          {badScan && <Alert type="warning" showIcon title={t(m.notCheckinQr)} style={{ margin: '8px 0' }} />}
          <Button block onClick={() => setScanning(false)} style={{ marginTop: 8 }}>
            {t(m.stopScan)}
          </Button>
        </div>
      ) : cameraError ? (
        <Alert type="warning" showIcon title={t(m.cameraFailed)} style={{ marginBottom: 12 }} />
      ) : (
        <Button block icon={<CameraOutlined />} onClick={() => setScanning(true)} style={{ marginBottom: 12 }}>
          {t(m.scan)}
        </Button>
      )}
      <Form
        form={form}
        layout="vertical"
        data-testid="co-checkin-form"
        onFinish={(v) => {
          setOtherError(null);
          if (session) checkin.mutate({ activityId: session.id, code: v.code });
        }}
      >
        <Form.Item name="code" label={t(m.code)} extra={t(m.codeHint)} rules={[{ required: true, pattern: /^\d{6}$/, message: t(m.codeRule) }]}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ fontSize: 24, letterSpacing: 8, textAlign: 'center' }} data-testid="co-checkin-code" />
        </Form.Item>
        <Button block type="primary" htmlType="submit" loading={checkin.isPending} data-testid="co-checkin-submit">
          {t(m.checkin)}
        </Button>
        <Button block type="text" onClick={onClose} style={{ marginTop: 4 }}>
          {t(common.cancel)}
        </Button>
      </Form>
    </Modal>
  );
}
