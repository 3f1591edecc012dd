import { Link } from 'react-router';
import { useAuth } from './auth.js';
import { useI18n } from './i18n.js';
import { webModules } from '../modules/registry.js';

/** The phone-home shortcuts every module contributes (mobileLinks), in order, filtered by permission. */
export function ModuleMobileLinks() {
  const { t } = useI18n();
  const { can } = useAuth();
  const links = webModules
    .flatMap((m) => m.mobileLinks ?? [])
    .filter((l) => !l.permission || can(l.permission))
    .sort((a, b) => a.order - b.order);
  return (
    <>
      {links.map((l) => (
        <Link key={l.path} className="vg-m-link" to={l.path}>
          {l.icon}
          <span>{t(l.label)}</span>
        </Link>
      ))}
    </>
  );
}
