import type { SeedOptions } from '../../../kernel/module.js';

/**
 * How big the community side of the demo city is at each scale. Served communities, person-times and
 * hours are not typed anywhere: they follow from the activities and attendance rows this plan generates.
 */
export interface CommunityPlan {
  /** District codes that get communities (null = all ten). */
  districts: string[] | null;
  /** Streets used per district (the first ones of qingdao.json). */
  streetsPerDistrict: number;
  /** Communities per street, inclusive range. */
  perStreet: [number, number];
  /** Share of communities that volunteer activities reach over the year. */
  servedShare: number;
  teams: number;
  /** Attendances of completed volunteer activities to generate over the year. */
  personTimes: number;
  /** Multiplier for the needs in progress (open, flagged, claimed, scheduled, expired, cancelled, lapsed claims). */
  backlog: number;
  /** Communities the demo `community` account serves. */
  demoStaffCommunities: number;
}

export const communityPlans: Record<SeedOptions['scale'], CommunityPlan> = {
  tiny: { districts: ['370202', '370203'], streetsPerDistrict: 2, perStreet: [2, 2], servedShare: 0.8, teams: 4, personTimes: 240, backlog: 0.1, demoStaffCommunities: 2 },
  small: { districts: ['370202', '370203', '370213'], streetsPerDistrict: 99, perStreet: [2, 3], servedShare: 0.81, teams: 26, personTimes: 3300, backlog: 0.3, demoStaffCommunities: 3 },
  city: { districts: null, streetsPerDistrict: 99, perStreet: [3, 5], servedShare: 0.81, teams: 125, personTimes: 33_500, backlog: 1, demoStaffCommunities: 3 },
};

/** Needs in progress at city scale, before the backlog multiplier. */
export const backlogAtCity = { open: 60, flagged: 15, claimed: 25, scheduled: 30, expired: 40, cancelled: 15, lapsed: 20 };

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
