import { lazy, useMemo } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { homeFor, RequireAuth, useAuth } from './kernel/auth.js';
import { firstEntry, visibleMenu } from './kernel/menu.js';
import { MobileShell } from './kernel/MobileShell.js';
import { MobileLinksProvider } from './kernel/MobileLinks.js';
import { webModules } from './modules/registry.js';
import type { ModuleRoute } from './modules/types.js';

// The desktop shell, the sign-in pages and the error pages load only where they are shown: a phone page never
// downloads the side menu, and the admin shell never the phone pages.
const AdminLayout = lazy(() => import('./kernel/Layout.js').then((m) => ({ default: m.AdminLayout })));
const LoginPage = lazy(() => import('./kernel/pages/LoginPage.js').then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() => import('./kernel/pages/ChangePasswordPage.js').then((m) => ({ default: m.ChangePasswordPage })));
const Forbidden = lazy(() => import('./kernel/ui.js').then((m) => ({ default: m.Forbidden })));
const NotFound = lazy(() => import('./kernel/ui.js').then((m) => ({ default: m.NotFound })));

const mobileLinks = webModules.flatMap((m) => m.mobileLinks ?? []);

function Guarded({ route }: { route: ModuleRoute }) {
  const { can } = useAuth();
  if (route.permission && !can(route.permission)) return <Forbidden />;
  return <>{route.element}</>;
}

function Home() {
  const { can, me } = useAuth();
  const first = useMemo(() => firstEntry(visibleMenu(webModules, can)), [can]);
  // An account whose home is a phone page of its own (an entrepreneur's) goes there rather than to the admin shell; so
  // does a member opening the site on a phone.
  const phone = me ? homeFor(me) : '/';
  const narrow = typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 768px)').matches;
  return <Navigate to={phone.startsWith('/m/') || (phone === '/m' && narrow) ? phone : (first?.path ?? '/m')} replace />;
}

export function AppRoutes() {
  const routes = webModules.flatMap((m) => m.routes);
  const mobileRoutes = webModules.flatMap((m) => m.mobileRoutes ?? []);
  const publicRoutes = webModules.flatMap((m) => m.publicRoutes ?? []);
  const screenRoutes = webModules.flatMap((m) => m.screenRoutes ?? []);
  return (
    <MobileLinksProvider links={mobileLinks}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/change-password" element={<ChangePasswordPage />} />
        {publicRoutes.map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
        {screenRoutes.map((r) => (
          <Route
            key={r.path}
            path={r.path}
            element={
              <RequireAuth>
                <Guarded route={r} />
              </RequireAuth>
            }
          />
        ))}
        <Route
          path="/m"
          element={
            <RequireAuth>
              <MobileShell />
            </RequireAuth>
          }
        >
          {mobileRoutes.map((r) => (r.path === '' ? <Route key="index" index element={<Guarded route={r} />} /> : <Route key={r.path} path={r.path} element={<Guarded route={r} />} />))}
        </Route>
        <Route
          path="/"
          element={
            <RequireAuth>
              <AdminLayout />
            </RequireAuth>
          }
        >
          <Route index element={<Home />} />
          {routes.map((r) => (
            <Route key={r.path} path={r.path} element={<Guarded route={r} />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </MobileLinksProvider>
  );
}
