import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Select, Spin } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../kernel/api.js';
import { client, unwrap, type Body } from '../../../kernel/api-client.js';
import { errorText, showSuccess } from '../../../kernel/feedback.js';
import { useI18n } from '../../../kernel/i18n.js';
import { InboxBell } from '../../../kernel/inbox.js';
import { MobileBar } from '../../me/MobileBar.js';
import { activitiesKey, fmtDateTime, useActivityTypes } from '../useActivities.js';
import { QrScanner } from './QrScanner.js';
import { checkinOpen, useMyActivities } from './useMyActivities.js';
import { mText as m } from './mobileText.js';
import type { CheckinResult } from '../activities.api.js';

type Proof = Body<'/api/v1/me/checkin', 'post'>;

/** The token inside a scanned QR: our check-in URL (…/m/checkin?t=…) or a bare token. */
export function tokenFrom(scanned: string): string | null {
  try {
    const u = new URL(scanned);
    if (u.pathname.endsWith('/m/checkin')) return u.searchParams.get('t');
  } catch {
    // not a URL: maybe the token itself
  }
  return /^\d{1,10}\.\d{1,12}\.[A-Za-z0-9_-]{16}$/.test(scanned) ? scanned : null;
}

function Outcome({ result, error, onAgain }: { result?: CheckinResult; error: unknown; onAgain: () => void }) {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const qc = useQueryClient();
  const types = useActivityTypes();
  const checkout = useMutation({
    mutationFn: (id: number) => unwrap(client.POST('/api/v1/me/activities/{id}/checkout', { params: { path: { id } } })),
    onSuccess: (r) => {
      showSuccess(r.created ? (r.hoursStatus === 'awaiting_confirmation' ? t(m.checkedOutPending, { h: r.presenceHours ?? 0 }) : t(m.checkedOut, { h: r.presenceHours ?? 0 })) : t(m.alreadyOut));
      void qc.invalidateQueries({ queryKey: activitiesKey });
    },
  });
  const actions = [
    <Button key="mine" type="primary" onClick={() => nav('/m/activities')}>
      {t(m.toMine)}
    </Button>,
    <Button key="again" onClick={onAgain}>
      {t(m.again)}
    </Button>,
  ];
  if (result) {
    const hours = types.data?.types.find((ty) => ty.code === result.activity.type_code)?.countsServiceHours;
    if (hours) {
      actions.push(
        <Button key="out" loading={checkout.isPending} onClick={() => checkout.mutate(result.activityId)}>
          {t(m.checkout)}
        </Button>,
      );
    }
    return (
      <Result
        status="success"
        title={t(result.created ? m.success : m.already)}
        subTitle={`${result.activity.title} · ${fmtDateTime(result.checkedInAt, lang)}`}
        extra={actions}
        data-testid="checkin-result"
      />
    );
  }
  const code = error instanceof ApiError ? error.code : '';
  const [title, sub] =
    code === 'checkin_token_expired' ? [t(m.expired), t(m.expiredHelp)] : code === 'checkin_token_invalid' ? [t(m.invalid), t(m.invalidHelp)] : [t(m.failed), errorText(error)];
  return <Result status={code === 'checkin_token_expired' ? 'warning' : 'error'} title={title} subTitle={sub} extra={actions} data-testid="checkin-result" />;
}

/** /m/checkin?t=<token> (what a phone camera opens) checks in at once; otherwise scan or type the six-digit code. */
export default function MobileCheckin() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [scanning, setScanning] = useState(false);
  const [cameraError, setCameraError] = useState(false);
  const [badScan, setBadScan] = useState(false);
  const started = useRef(false);
  const [form] = Form.useForm<{ activityId?: number; code?: string }>();
  const mine = useMyActivities('upcoming', 1, 50);
  const open = (mine.data?.items ?? []).filter((a) => checkinOpen(a) && !a.myCheckedInAt);

  const checkin = useMutation({
    mutationFn: (proof: Proof) => unwrap(client.POST('/api/v1/me/checkin', { body: proof })),
    meta: { silent: true },
    onSettled: () => qc.invalidateQueries({ queryKey: activitiesKey }),
  });

  useEffect(() => {
    const token = params.get('t');
    if (!token || started.current) return;
    started.current = true;
    checkin.mutate({ token });
    // Drop the token from the address so a reload does not resend a stale code.
    const next = new URLSearchParams(params);
    next.delete('t');
    setParams(next, { replace: true });
  }, [params, setParams, checkin]);

  const preselect = Number(params.get('activity')) || undefined;
  useEffect(() => {
    if (preselect) form.setFieldValue('activityId', preselect);
  }, [preselect, form]);

  const onScan = (text: string) => {
    const token = tokenFrom(text);
    if (!token) return setBadScan(true);
    setBadScan(false);
    setScanning(false);
    checkin.mutate({ token });
  };

  const done = checkin.isSuccess || checkin.isError;

  return (
    <>
      <MobileBar title={t(m.checkinTitle)} extra={<InboxBell />} />
      <div className="vg-m-page">
        {checkin.isPending && (
          <Card variant="borderless" style={{ textAlign: 'center' }}>
            <Spin description={t(m.checkingIn)}>
              <div style={{ minHeight: 60 }} />
            </Spin>
          </Card>
        )}
        {done && (
          <Card variant="borderless">
            <Outcome result={checkin.data} error={checkin.error} onAgain={() => checkin.reset()} />
          </Card>
        )}
        {!done && !checkin.isPending && (
          <>
            <Card size="small" variant="borderless" title={t(m.scan)}>
              {scanning && !cameraError ? (
                <>
                  <QrScanner onResult={onScan} onError={() => setCameraError(true)} />
                  <div style={{ textAlign: 'center', color: '#888', fontSize: 12, margin: '8px 0' }}>{t(m.scanHint)}</div>
                  {badScan && <Alert type="warning" showIcon title={t(m.notCheckinQr)} style={{ marginBottom: 8 }} />}
                  <Button block onClick={() => setScanning(false)}>
                    {t(m.stopScan)}
                  </Button>
                </>
              ) : cameraError ? (
                <Alert type="warning" showIcon title={t(m.cameraFailed)} data-testid="camera-failed" />
              ) : (
                <Button block type="primary" size="large" icon={<CameraOutlined />} onClick={() => setScanning(true)}>
                  {t(m.scan)}
                </Button>
              )}
            </Card>
            <Card size="small" variant="borderless" title={t(m.codeForm)}>
              <Form form={form} layout="vertical" onFinish={(v) => v.activityId && v.code && checkin.mutate({ activityId: v.activityId, code: v.code })}>
                <Form.Item name="activityId" label={t(m.activity)} rules={[{ required: true, message: t(m.activity) }]}>
                  <Select
                    loading={mine.isLoading}
                    notFoundContent={t(m.noOpenActivity)}
                    options={(open.length ? open : (mine.data?.items ?? [])).map((a) => ({ value: a.id, label: a.title }))}
                    placeholder={open.length ? undefined : t(m.noOpenActivity)}
                  />
                </Form.Item>
                <Form.Item name="code" label={t(m.code)} rules={[{ required: true, pattern: /^\d{6}$/, message: t(m.codeRule) }]}>
                  <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ fontSize: 24, letterSpacing: 8, textAlign: 'center' }} />
                </Form.Item>
                <Button block type="primary" htmlType="submit">
                  {t(m.submit)}
                </Button>
              </Form>
            </Card>
          </>
        )}
      </div>
    </>
  );
}
