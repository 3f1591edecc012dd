import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { queryClient } from './kernel/AppFrame.js';
import { meQuery } from './kernel/auth.js';
import { citizenPath } from './modules/demands/citizen/routes.js';
import { isMobileHome, prefetchMobileHome } from './modules/me/prefetch.js';
import './styles.css';

// The staff and member app. Its files are named in index.html, so the browser fetches them all at once. The server
// answers a citizen's pages (/c/...) with citizen.html instead (citizen-main.tsx); the development server does not,
// hence the small public app here too, loaded only then.
const root = createRoot(document.getElementById('root')!);
const path = window.location.pathname;
if (citizenPath.test(path)) {
  void import('./CitizenApp.js').then((m) =>
    root.render(
      <StrictMode>
        <m.App />
      </StrictMode>,
    ),
  );
} else {
  // Who is signed in was asked by index.html while the scripts downloaded, so the answer is normally here already:
  // the first render shows the page rather than a spinner, and the phone home asks for its data at once.
  void queryClient
    // Not retried here: on a failure the page renders, and the sign-in guard asks again.
    .fetchQuery({ ...meQuery, retry: false })
    .then((me) => {
      // The home's data is normally here too (named in the page): the first render shows it, rather than drawing the
      // home twice (loading, then loaded), which costs a slow phone a third of a second; a slow answer waits no longer.
      if (me && !me.mustChangePassword && isMobileHome(path)) {
        return Promise.race([prefetchMobileHome(queryClient), new Promise((done) => setTimeout(done, 150))]);
      }
    })
    .catch(() => {})
    .finally(() =>
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
}
