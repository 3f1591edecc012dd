import { describe, expect, it } from 'vitest';
import { nextStatus, type OutputAction } from './output-states.js';
import { outputStatuses } from '../pairing.schema.js';

describe('research output states', () => {
  it('allows exactly the review path and nothing else', () => {
    const allowed = new Set(['draft:submit', 'returned:submit', 'submitted:approve', 'submitted:return', 'approved:publish']);
    for (const from of outputStatuses)
      for (const action of ['submit', 'approve', 'return', 'publish'] as OutputAction[]) {
        expect(nextStatus(from, action) !== null, `${from}:${action}`).toBe(allowed.has(`${from}:${action}`));
      }
    expect(nextStatus('returned', 'submit')).toBe('submitted');
    expect(nextStatus('approved', 'publish')).toBe('published');
  });
});
