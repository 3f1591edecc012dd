import { Outlet } from 'react-router';

/** The phone frame for /m pages: one column, no side menu. */
export function MobileShell() {
  return (
    <div className="vg-m">
      <Outlet />
    </div>
  );
}
