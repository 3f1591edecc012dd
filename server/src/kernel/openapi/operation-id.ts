/** Path segments ending in one of these, on a POST, name what the operation does (POST /demands/{id}/dispatch → dispatch). */
const actions = new Set([
  'login', 'logout', 'password', 'move', 'roles', 'reset-password', 'unlock', 'read', 'read-all', 'attendance', 'signup', 'checkin', 'checkout',
  'transitions', 'heartbeat', 'submit', 'start', 'review', 'publish', 'join', 'finish', 'play', 'answer', 'dispatch', 'redispatch', 'merge',
  'accept', 'return', 'supervise', 'callback', 'close', 'approve', 'reject', 'rating', 'revoke', 'rebuild', 'practice', 'import',
]);

const camel = (s: string) => s.replace(/[-_.]+(\w)/g, (_m, c: string) => c.toUpperCase());
const pascal = (s: string) => (s ? s[0].toUpperCase() + camel(s).slice(1) : s);

/**
 * `module.verbNoun` from the tag, the method and the path: GET of a collection → list, of an item → get,
 * POST → create (or the action its last segment names), PUT → set, PATCH → update, DELETE → delete;
 * the nouns are the path's fixed segments ("me" read as "my"; a first one that repeats the tag left out unless alone). A route may declare its own `schema.operationId`.
 */
export function operationIdOf(tag: string, method: string, url: string): string {
  const segments = url.split('/').filter(Boolean).filter((s, i) => !(i < 2 && /^(api|v\d+|open311)$/.test(s)));
  const endsWithParam = /^[:{]/.test(segments.at(-1) ?? '');
  const fixed = segments.filter((s) => !/^[:{]/.test(s));
  let verb: string;
  if (method === 'GET') verb = endsWithParam ? 'get' : 'list';
  else if (method === 'POST') verb = !endsWithParam && fixed.length > 1 && actions.has(fixed.at(-1)!) ? camel(fixed.pop()!) : 'create';
  else verb = ({ PUT: 'set', PATCH: 'update', DELETE: 'delete' } as Record<string, string>)[method] ?? method.toLowerCase();
  if (fixed.length > 1 && camel(fixed[0]) === camel(tag)) fixed.shift(); // learning.listQuestions, not learning.listLearningQuestions
  const noun = fixed.map((s) => (s === 'me' || s === 'my' ? 'My' : pascal(s))).join('');
  return `${camel(tag)}.${verb}${noun}`;
}
