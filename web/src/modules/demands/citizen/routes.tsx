import { lazy } from 'react';
import type { ModuleRoute } from '../../types.js';

const CitizenSubmit = lazy(() => import('./CitizenSubmit.js'));
const CitizenTrack = lazy(() => import('./CitizenTrack.js'));

/** The citizen's pages (no account). Both apps route them: the full one, and the small public one (CitizenApp.tsx). */
export const citizenRoutes: ModuleRoute[] = [
  { path: '/c/submit', element: <CitizenSubmit /> },
  { path: '/c/track', element: <CitizenTrack /> },
  { path: '/c/track/:code', element: <CitizenTrack /> },
];

/** A first visit to one of these paths starts the small public app instead of the full one (citizen.html, main.tsx). */
export { citizenPath } from '../../../../../common/citizen-paths.js';
