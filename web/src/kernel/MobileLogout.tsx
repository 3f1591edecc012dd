import { Button } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useAuth } from './auth.js';
import { common, useI18n } from './i18n.js';

/** The sign-out button at the foot of a phone home page: signs out and goes to the sign-in page. */
export function MobileLogout() {
  const { t } = useI18n();
  const { logout } = useAuth();
  const nav = useNavigate();
  return (
    <Button
      block
      danger
      icon={<LogoutOutlined />}
      onClick={async () => {
        await logout();
        nav('/login', { replace: true });
      }}
      data-testid="mobile-logout"
    >
      {t(common.logout)}
    </Button>
  );
}
