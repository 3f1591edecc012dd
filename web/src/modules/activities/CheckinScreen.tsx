import { useEffect, useState } from 'react';
import { Button, Result, Space, Spin } from 'antd';
import { CloseOutlined, FullscreenOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { client, unwrap } from '../../kernel/api-client.js';
import { errorText } from '../../kernel/feedback.js';
import { useI18n } from '../../kernel/i18n.js';
import { QrCode } from '../../kernel/QrCode.js';
import { actText as m } from './messages.js';
import { activitiesKey, fmtRange } from './useActivities.js';

const POLL_MS = 10_000;

/** What a phone camera opens: the member's check-in page carrying the rotating token. */
export const checkinUrl = (token: string) => `${window.location.origin}/m/checkin?t=${encodeURIComponent(token)}`;

function useNow(everyMs = 1000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The organiser's projector screen: a large rotating QR code, the six-digit fallback code and the live count. */
export default function CheckinScreen() {
  const id = Number(useParams().id);
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const now = useNow();
  const token = useQuery({
    queryKey: [...activitiesKey, 'token', id],
    queryFn: () => unwrap(client.GET('/api/v1/activities/{id}/checkin-token', { params: { path: { id } } })),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: true,
    meta: { silent: true },
  });
  const activity = useQuery({
    queryKey: [...activitiesKey, 'detail', id],
    queryFn: () => unwrap(client.GET('/api/v1/activities/{id}', { params: { path: { id } } })),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: true,
  });
  const [size, setSize] = useState(() => Math.min(520, Math.floor(Math.min(window.innerHeight * 0.6, window.innerWidth * 0.5))));
  useEffect(() => {
    const onResize = () => setSize(Math.min(520, Math.floor(Math.min(window.innerHeight * 0.6, window.innerWidth * 0.5))));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const a = activity.data;
  const tk = token.data;
  const url = tk ? checkinUrl(tk.token) : '';
  const remaining = tk ? Math.max(0, Math.ceil((new Date(tk.expiresAt).getTime() - now) / 1000)) : 0;

  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <div className="vg-screen" data-testid="checkin-screen">
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <Space>
          <Button ghost icon={<FullscreenOutlined />} onClick={fullscreen}>
            {t(m.fullscreen)}
          </Button>
          <Button ghost icon={<CloseOutlined />} onClick={() => nav(`/activities/${id}`)}>
            {t(m.exitScreen)}
          </Button>
        </Space>
      </div>
      <h1 style={{ color: '#fff', fontSize: 'clamp(22px, 3.2vw, 44px)', margin: '0 0 4px', textAlign: 'center' }}>{a?.title ?? ''}</h1>
      {a && <div style={{ opacity: 0.85, marginBottom: 20, fontSize: 18 }}>{`${fmtRange(a.startsAt, a.endsAt, lang)}${a.venue ? ` · ${a.venue}` : ''}`}</div>}
      <div style={{ display: 'flex', gap: 48, alignItems: 'center', justifyContent: 'center', flexWrap: 'wrap' }}>
        <div style={{ background: '#fff', padding: 16, borderRadius: 12, minWidth: size + 32, minHeight: size + 32, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          {tk ? (
            <QrCode text={url} size={size} data-checkin-url={url} data-testid="checkin-qr" />
          ) : token.error ? (
            <Result status="error" title={t(m.tokenError)} subTitle={errorText(token.error)} />
          ) : (
            <Spin size="large" />
          )}
        </div>
        <div style={{ textAlign: 'center', minWidth: 280 }}>
          <div style={{ fontSize: 22, marginBottom: 8 }}>{t(m.scanToCheckin)}</div>
          <div style={{ fontSize: 18, opacity: 0.85 }}>{t(m.shortCode)}</div>
          <div aria-label={t(m.shortCode)} data-testid="checkin-short-code" style={{ fontSize: 'clamp(48px, 7vw, 96px)', fontWeight: 700, letterSpacing: '0.15em', fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>
            {tk?.shortCode ?? '------'}
          </div>
          {tk && <div style={{ fontSize: 16, opacity: 0.85 }} role="timer">{t(m.refreshIn, { s: remaining })}</div>}
          <div style={{ marginTop: 32, fontSize: 'clamp(28px, 3.5vw, 48px)', fontWeight: 700 }} data-testid="checkin-live-count" aria-live="polite">
            {t(m.liveCount, { n: a?.attendedCount ?? 0 })}
          </div>
          {a && <div style={{ fontSize: 18, opacity: 0.85 }}>{t(m.liveOf, { n: a.confirmedCount })}</div>}
          <div style={{ marginTop: 16, fontSize: 14, opacity: 0.7 }}>{t(m.notStarted)}</div>
        </div>
      </div>
    </div>
  );
}
