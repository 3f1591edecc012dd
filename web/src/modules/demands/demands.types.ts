import type { Text } from '../../kernel/i18n.js';

/** Mirrors server/src/modules/demands (demands.schema.ts, demands.present.ts). */
export type DemandStatus = 'received' | 'dispatched' | 'accepted' | 'in_progress' | 'answered' | 'closed';
export type Light = 'green' | 'yellow' | 'red';
export type Satisfaction = 'satisfied' | 'basically_satisfied' | 'dissatisfied';

export interface Demand {
  id: number;
  trackingCode: string;
  districtCode: string;
  streetCode: string | null;
  channel: string;
  categoryCode: string;
  categoryName: string | null;
  title: string;
  description: string;
  address: string;
  citizenName: string | null;
  citizenPhone: string | null;
  status: DemandStatus;
  statusLabel: Text;
  orgId: number | null;
  orgName: string | null;
  handlerAccountId: number | null;
  receivedAt: string;
  dispatchedAt: string | null;
  acceptedAt: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  responseDueAt: string;
  resolutionDueAt: string;
  light: Light | null;
  answer: string | null;
  returnReason: string | null;
  satisfaction: Satisfaction | null;
  reopenCount: number;
  photoCount: number;
  anonymised: boolean;
}

export interface DemandEvent {
  id: number;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorName: string;
  note: string | null;
  data: Record<string, unknown> | null;
  at: string;
}

export interface DemandExtension {
  id: number;
  workingDays: number;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  createdAt: string;
}

export interface DemandDetail extends Demand {
  events: DemandEvent[];
  extensions: DemandExtension[];
  callbacks: { id: number; result: Satisfaction; source: string; comment: string; at: string }[];
  photos: { id: number; url: string }[];
  /** The caller is the assigned handler and may read the contact in full (GET /demands/:id/contact, audited). */
  canViewContact: boolean;
  /** What the caller may do to it now, as the server will allow it (its workflow actions, e.g. 'accept'). */
  allowedActions: string[];
}

export interface Category {
  code: string;
  name: string;
  nameEn: string;
  active?: boolean;
  responseValue?: number;
  responseUnit?: 'h' | 'wd';
  resolutionValue?: number;
  resolutionUnit?: 'h' | 'wd';
}

export interface DemandOptions {
  categories: Category[];
  districts: { code: string; name: string }[];
  streets: { code: string; name: string; district: string }[];
}

export interface Challenge {
  nonce: string;
  difficulty: number;
  expiresAt: string;
  algorithm: 'sha256';
}

export interface Tracking {
  trackingCode: string;
  categoryName: string;
  title: string;
  status: DemandStatus;
  statusLabel: Text;
  department: string | null;
  receivedAt: string;
  resolutionDueAt: string;
  answer: string | null;
  answeredAt: string | null;
  satisfaction: Satisfaction | null;
  /** Whether the request carried the submitter's secret. */
  holder: boolean;
  canRate: boolean;
  progress: { action: string; label: Text; status: string | null; at: string }[];
}

export interface Similar {
  id: number;
  trackingCode: string;
  title: string;
  status: DemandStatus;
  categoryCode: string;
  receivedAt: string;
  matchedWords: number;
}

/** A row of a drill-down (GET /demand-analytics/drill). */
export interface FigureRecord {
  id: number;
  trackingCode: string;
  title: string;
  status: DemandStatus;
  categoryCode: string;
  orgName: string | null;
  receivedAt: string;
  satisfaction: Satisfaction | null;
}
