declare module '../../kernel/events.js' {
  interface DomainEvents {
    'practice.report_submitted': { reportId: number; personId: number };
    'practice.report_approved': { reportId: number; personId: number };
  }
}
export {};
