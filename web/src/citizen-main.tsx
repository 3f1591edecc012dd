import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './CitizenApp.js';
import './styles.css';

// The public app for citizens (/c/submit, /c/track…), served as citizen.html: none of the staff app's files.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
