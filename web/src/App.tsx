import { Suspense } from 'react';
import { AuthProvider } from './kernel/auth.js';
import { AppFrame } from './kernel/AppFrame.js';
import { Loading } from './kernel/Loading.js';
import { AppRoutes } from './AppRoutes.js';

/** The staff and member app: every module's pages, each loaded when first opened. */
export function App() {
  return (
    <AppFrame>
      <AuthProvider>
        <Suspense fallback={<Loading />}>
          <AppRoutes />
        </Suspense>
      </AuthProvider>
    </AppFrame>
  );
}
