import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router';
import { client, unwrap } from '../api-client.js';
import { canChangePassword, FullPageSpin, homeFor, useAuth } from '../auth.js';
import { errorText, showSuccess } from '../feedback.js';
import { common, useI18n } from '../i18n.js';
import { authText, passwordIsStrong } from './messages.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPage() {
  const { me, loading, refresh, logout } = useAuth();
  const { t } = useI18n();
  const nav = useNavigate();
  const [changed, setChanged] = useState(false);
  const change = useMutation({
    mutationFn: (v: Values) => unwrap(client.POST('/api/v1/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } })),
    meta: { silent: true },
    onSuccess: async () => {
      showSuccess(t(authText.changed));
      let fresh = await refresh();
      // The server has taken the new password; should a read that crossed the change still say one is owed, ask again
      // rather than send the user back to this page.
      for (let i = 0; fresh?.mustChangePassword && i < 5; i++) {
        await new Promise((r) => setTimeout(r, 300 * (i + 1)));
        fresh = await refresh();
      }
      if (!fresh) nav('/login', { replace: true });
      // Home only once the signed-in account everyone reads says no new password is owed: navigating as soon as the
      // read answered could render home before that answer reached the pages, and home would send the user back here.
      else setChanged(true);
    },
  });

  if (loading) return <FullPageSpin />;
  if (!me) return <Navigate to="/login" replace />;
  if (changed && !me.mustChangePassword) return <Navigate to={homeFor(me)} replace />;
  if (!canChangePassword(me)) return <Navigate to={homeFor(me)} replace />;

  return (
    <div className="vg-login">
      <Card className="vg-login-card" variant="borderless" title={t(authText.changeTitle)}>
        {me.mustChangePassword && <Alert type="warning" showIcon title={t(authText.mustChange)} style={{ marginBottom: 16 }} />}
        <Alert type="info" title={t(authText.policy)} style={{ marginBottom: 16 }} data-testid="password-policy" />
        {change.error && <Alert type="error" showIcon title={errorText(change.error)} style={{ marginBottom: 16 }} />}
        <Form<Values> layout="vertical" onFinish={(v) => change.mutate(v)} requiredMark={false}>
          <Form.Item name="currentPassword" label={t(authText.currentPassword)} rules={[{ required: true, message: t(authText.passwordRequired) }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t(authText.newPassword)}
            dependencies={['currentPassword']}
            rules={[
              { required: true, message: t(authText.passwordRequired) },
              ({ getFieldValue }) => ({
                validator: (_, v: string) => {
                  if (!v || passwordIsStrong(v)) {
                    return v && v === getFieldValue('currentPassword') ? Promise.reject(new Error(t(authText.sameAsOld))) : Promise.resolve();
                  }
                  return Promise.reject(new Error(t(authText.policyFailed)));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t(authText.confirmPassword)}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t(authText.passwordRequired) },
              ({ getFieldValue }) => ({
                validator: (_, v: string) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t(authText.mismatch)))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            {me.mustChangePassword ? (
              <Button onClick={async () => { await logout(); nav('/login', { replace: true }); }}>{t(common.logout)}</Button>
            ) : (
              <Button onClick={() => nav(-1)}>{t(authText.back)}</Button>
            )}
            <Button type="primary" htmlType="submit" loading={change.isPending}>
              {t(common.save)}
            </Button>
          </Space>
        </Form>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {me.displayName}（{me.username}）
        </Typography.Text>
      </Card>
    </div>
  );
}
