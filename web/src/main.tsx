import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { citizenPath } from './modules/demands/citizen/routes.js';
import './styles.css';

// The staff and member app. Its files are named in index.html, so the browser fetches them all at once. The server
// answers a citizen's pages (/c/...) with citizen.html instead (citizen-main.tsx); the development server does not,
// hence the small public app here too, loaded only then.
const root = createRoot(document.getElementById('root')!);
if (citizenPath.test(window.location.pathname)) {
  void import('./CitizenApp.js').then((m) =>
    root.render(
      <StrictMode>
        <m.App />
      </StrictMode>,
    ),
  );
} else {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
