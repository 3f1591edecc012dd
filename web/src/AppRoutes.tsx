import { useMemo } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { homeFor, RequireAuth, useAuth } from './kernel/auth.js';
import { AdminLayout } from './kernel/Layout.js';
import { firstEntry, visibleMenu } from './kernel/menu.js';
import { Forbidden, NotFound } from './kernel/ui.js';
import { LoginPage } from './kernel/pages/LoginPage.js';
import { ChangePasswordPage } from './kernel/pages/ChangePasswordPage.js';
import { MobileShell } from './kernel/MobileShell.js';
import { MobileLinksProvider } from './kernel/MobileLinks.js';
import { webModules } from './modules/registry.js';
import type { ModuleRoute } from './modules/types.js';

const mobileLinks = webModules.flatMap((m) => m.mobileLinks ?? []);

function Guarded({ route }: { route: ModuleRoute }) {
  const { can } = useAuth();
  if (route.permission && !can(route.permission)) return <Forbidden />;
  return <>{route.element}</>;
}

function Home() {
  const { can, me } = useAuth();
  const first = useMemo(() => firstEntry(visibleMenu(webModules, can)), [can]);
  // An account whose home is a phone page of its own (an entrepreneur's) goes there rather than to the admin shell.
  const phone = me ? homeFor(me) : '/';
  return <Navigate to={phone.startsWith('/m/') ? phone : (first?.path ?? '/m')} replace />;
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
