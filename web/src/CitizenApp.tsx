import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AppFrame } from './kernel/AppFrame.js';
import { Loading } from './kernel/Loading.js';
import { citizenRoutes } from './modules/demands/citizen/routes.js';

/** The public app for citizens (/c/...): the same frame as the full app, only the citizen's pages, no sign-in. */
export function App() {
  return (
    <AppFrame>
      <Suspense fallback={<Loading />}>
        <Routes>
          {citizenRoutes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
        </Routes>
      </Suspense>
    </AppFrame>
  );
}
