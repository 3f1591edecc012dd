import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { citizenPath } from './modules/demands/citizen/routes.js';
import './styles.css';

// A citizen opening /c/... gets the small public app (no sign-in, no staff pages); everyone else the full app.
// Both load on demand, so neither is part of the other's first download.
const root = createRoot(document.getElementById('root')!);
void (citizenPath.test(window.location.pathname) ? import('./CitizenApp.js') : import('./App.js')).then(({ App }) =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
