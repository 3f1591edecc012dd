declare module '../../kernel/events.js' {
  interface DomainEvents {
    'activities.signed_up': { activityId: number; personId: number; status: 'confirmed' | 'waitlisted' };
    'activities.promoted': { activityId: number; personId: number };
    'activities.attended': { activityId: number; personId: number; typeCode: string; categoryCode: string };
    'activities.service_hours': { activityId: number; personId: number; hours: number };
  }
}
export {};
