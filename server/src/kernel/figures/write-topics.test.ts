import { describe, expect, it } from 'vitest';
import { figureTopics } from '../cache/topic-cache.js';
import { topicOfEvent, topicsOfWrite } from './write-topics.js';

describe('which figures a write retires', () => {
  it('maps each module’s route families and events to its topic, and shared routes to all', () => {
    expect(topicsOfWrite('/api/v1/community-needs/:id/claims')).toEqual(['community']);
    expect(topicsOfWrite('/api/v1/communities/:id')).toEqual(['community']);
    expect(topicsOfWrite('/api/v1/community-staff/hours/confirm')).toEqual(['community']);
    expect(topicsOfWrite('/api/v1/me/community-registration')).toEqual(['community']);
    expect(topicsOfWrite('/api/v1/activity-types')).toEqual(['activities']);
    expect(topicsOfWrite('/api/v1/squad-tasks/:id/accept')).toEqual(['squads']);
    expect(topicsOfWrite('/api/v1/notifications/:id/read')).toEqual([]);
    // pairing's concern figures read the demands' state
    expect(topicsOfWrite('/api/v1/demands/:id/answer')).toEqual(['demands', 'pairing']);
    expect(topicsOfWrite('/api/v1/demand-settings')).toEqual(['demands', 'pairing']);
    expect(topicsOfWrite('/api/v1/people/:id')).toEqual(figureTopics);
    expect(topicOfEvent('community.hours_confirmed')).toBe('community');
    expect(topicOfEvent('accounts.created')).toBeNull();
  });
});
