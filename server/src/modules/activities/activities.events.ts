declare module '../../kernel/events.js' {
  interface DomainEvents {
    'activities.signed_up': { activityId: number; personId: number; status: 'confirmed' | 'waitlisted' };
    'activities.promoted': { activityId: number; personId: number };
    'activities.attended': { activityId: number; personId: number; typeCode: string; categoryCode: string };
    /**
     * An attendance ended (the member checked out, or the organiser closed it). `hours` = half hours present, computed
     * from check-in and check-out within the activity's times; `recordedBy` = the organiser's account, null when the
     * member checked out. Not confirmed service hours: those are recorded and confirmed by the community module.
     */
    'activities.checked_out': {
      activityId: number;
      personId: number;
      typeCode: string;
      categoryCode: string;
      countsServiceHours: boolean;
      orgId: number;
      orgPath: string;
      hours: number;
      checkedOutAt: string;
      recordedBy: number | null;
    };
  }
}
export {};
