import { figureTopics, type CacheTopic } from '../cache/topic-cache.js';

/** Route families that belong to a module other than their first path segment says. */
const families: Array<[RegExp, CacheTopic]> = [
  [/^(activity-|calendar|checkin)/, 'activities'],
  [/^(demand-|open311|public)/, 'demands'],
  // /squad-tasks, /squad-milestones, /squad-innovations, /squad-evidence and the member's /me/squad.
  [/^squad(-|$)/, 'squads'],
  // /communities, /community-needs, /community-staff/…, /community-org-registrations, the member's /me/community….
  [/^communit(y|ies)(-|$)/, 'community'],
  // The cadre's /me/pairs….
  [/^pairs$/, 'pairing'],
  // A sign-in earns the day's points.
  [/^auth$/, 'points'],
];
/** Figures of one topic that also read another's rows: pairing's concern figures read the demands' state. */
const alsoRetires: Partial<Record<CacheTopic, CacheTopic>> = { demands: 'pairing' };
const withReaders = (topic: CacheTopic): CacheTopic[] => (alsoRetires[topic] ? [topic, alsoRetires[topic]] : [topic]);
/** Segments whose writes change no figure. */
const noFigures = new Set(['figures', 'notifications', 'audit', 'accounts']);

/**
 * The figure topics a successful write through `url` (a route pattern) may change: its module's, or all of them
 * when the route is shared (/me, people, org): a figure may be stale a moment too soon, never longer than it should.
 */
export function topicsOfWrite(url: string): readonly CacheTopic[] {
  // The caller's own writes (/api/v1/me/<module>/…) belong to the module named next.
  const m = /^\/api\/v1\/(?:me\/)?([a-z0-9-]+)/.exec(url);
  if (!m) return [];
  const seg = m[1];
  if (noFigures.has(seg)) return [];
  if ((figureTopics as readonly string[]).includes(seg)) return withReaders(seg as CacheTopic);
  for (const [re, topic] of families) if (re.test(seg)) return withReaders(topic);
  return figureTopics;
}

/** Domain events are named `<module>.<what>`: the module's topic, if it has figures. */
export function topicOfEvent(name: string): CacheTopic | null {
  const mod = name.split('.')[0];
  return (figureTopics as readonly string[]).includes(mod) ? (mod as CacheTopic) : null;
}
