import { createContext, useContext, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useAuth } from './auth.js';
import { useI18n } from './i18n.js';
import type { MobileLink } from '../modules/types.js';

// The app hands the shortcuts down (AppRoutes), so a module page showing them does not import the module registry.
const MobileLinksContext = createContext<MobileLink[]>([]);

export function MobileLinksProvider({ links, children }: { links: MobileLink[]; children: ReactNode }) {
  return <MobileLinksContext.Provider value={links}>{children}</MobileLinksContext.Provider>;
}

/** The phone-home shortcuts every module contributes (mobileLinks), in order, filtered by permission. */
export function ModuleMobileLinks() {
  const { t } = useI18n();
  const { can } = useAuth();
  const links = useContext(MobileLinksContext)
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
