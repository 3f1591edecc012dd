import { useState } from 'react';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api.js';
import { FullPageSpin, homeFor, useAuth } from '../auth.js';
import { errorText } from '../feedback.js';
import { common, useI18n } from '../i18n.js';
import { LanguageSwitch } from '../LanguageSwitch.js';
import { client, unwrap } from '../api-client.js';
import { authText, oidcErrorText } from './messages.js';

function safeNext(next: string | null): string | null {
  // Only same-site paths: never bounce a user to another origin after sign-in.
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : null;
}

export function LoginPage() {
  const { me, loading, login, refresh } = useAuth();
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Which ways to sign in: password (unless turned off) and the identity provider (when configured).
  const options = useQuery({ queryKey: ['auth', 'options'], queryFn: () => unwrap(client.GET('/api/v1/auth/options')), staleTime: Infinity });
  const oidcError = oidcErrorText[params.get('oidc_error') ?? ''];
  // A sign-in through the identity provider refused for a lock says when the lock ends, as a password sign-in does.
  const lockEnds = params.get('oidc_error') === 'oidc_account_locked' ? lockEnd(params.get('until'), lang) : null;

  if (loading || options.isPending) return <FullPageSpin />;
  const passwordLogin = options.data?.passwordLogin ?? true;
  const next = safeNext(params.get('next'));
  const oidcStart = `/api/v1/auth/oidc/start${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  if (me && !busy) return <Navigate to={me.mustChangePassword ? '/change-password' : (safeNext(params.get('next')) ?? homeFor(me))} replace />;

  const onFinish = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const res = await login(v.username.trim(), v.password);
      const fresh = await refresh();
      if (res.mustChangePassword) nav('/change-password', { replace: true });
      else nav(safeNext(params.get('next')) ?? (fresh ? homeFor(fresh) : '/'), { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'account_locked') {
        const time = lockEnd((err.details as { until?: string } | null)?.until, lang);
        setError(time ? t(authText.lockedUntil, { time }) : errorText(err));
      } else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="vg-login">
      <Card className="vg-login-card" variant="borderless">
        <div style={{ textAlign: 'right', marginTop: -8 }}>
          <LanguageSwitch />
        </div>
        <div className="vg-login-title">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={3} style={{ margin: '8px 0 4px', color: '#c8161d' }}>
            {t(common.appName)}
          </Typography.Title>
          <Typography.Text type="secondary">{t(authText.subtitle)}</Typography.Text>
        </div>
        {(error || oidcError) && <Alert type="error" showIcon title={error ?? (lockEnds ? t(authText.lockedUntil, { time: lockEnds }) : t(oidcError))} style={{ marginBottom: 16 }} data-testid="login-error" />}
        {options.data?.oidc && (
          <Button type={passwordLogin ? 'default' : 'primary'} block size="large" icon={<SafetyCertificateOutlined />} href={oidcStart} data-testid="oidc-login">
            {t(authText.oidcSignIn)}
          </Button>
        )}
        {options.data?.oidc && passwordLogin && <Divider plain>{t(authText.orPassword)}</Divider>}
        {passwordLogin && (
          <Form layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
            <Form.Item name="username" label={t(authText.username)} rules={[{ required: true, message: t(authText.usernameRequired) }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t(authText.password)} rules={[{ required: true, message: t(authText.passwordRequired) }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t(authText.signIn)}
            </Button>
          </Form>
        )}
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Link to="/join/entrepreneur" data-testid="join-entrepreneur-link">
            {t(authText.joinEntrepreneur)}
          </Link>
        </div>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t(common.committee)}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}

/** When an account's lock ends, in the reader's language; null without a valid instant. */
function lockEnd(until: string | null | undefined, lang: string): string | null {
  const at = new Date(until ?? '');
  return until && !Number.isNaN(at.getTime()) ? at.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') : null;
}
