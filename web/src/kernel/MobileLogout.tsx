import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useAuth } from './auth.js';
import { common, useI18n } from './i18n.js';

/**
 * The sign-out button at the foot of a phone home page: signs out and goes to the sign-in page. Drawn like antd's
 * block danger button, as a plain button (antd's Button styles are a slow phone's largest on the home page).
 */
export function MobileLogout() {
  const { t } = useI18n();
  const { logout } = useAuth();
  const nav = useNavigate();
  return (
    <button
      type="button"
      className="vg-m-logout"
      onClick={async () => {
        await logout();
        nav('/login', { replace: true });
      }}
      data-testid="mobile-logout"
    >
      <LogoutOutlined />
      <span>{t(common.logout)}</span>
    </button>
  );
}
