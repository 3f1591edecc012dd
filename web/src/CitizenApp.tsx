import { lazy, Suspense } from 'react';
import { common, I18nProvider, useI18n } from './kernel/i18n.js';
import { CitizenLoading, useWhere } from './modules/demands/citizen/citizen-nav.js';

const CitizenSubmit = lazy(() => import('./modules/demands/citizen/CitizenSubmit.js'));
const CitizenTrack = lazy(() => import('./modules/demands/citizen/CitizenTrack.js'));

function CitizenPages() {
  const { t } = useI18n();
  const { pathname } = useWhere();
  return (
    <Suspense fallback={<CitizenLoading text={t(common.loading)} />}>{pathname.startsWith('/c/track') ? <CitizenTrack /> : <CitizenSubmit />}</Suspense>
  );
}

/**
 * The public app for citizens (/c/...): only the citizen's pages, no sign-in, and none of the admin toolkit, so a
 * phone on a weak signal gets the form quickly. The full app routes the same pages.
 */
export function App() {
  return (
    <I18nProvider>
      <CitizenPages />
    </I18nProvider>
  );
}
