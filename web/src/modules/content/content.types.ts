export type ContentKind = 'article' | 'video' | 'pdf';
export type ContentStatus = 'draft' | 'review' | 'published' | 'archived';
export type MediaSlot = 'video' | 'poster' | 'pdf';

export interface ContentItem {
  id: number;
  kind: ContentKind;
  title: string;
  summary: string;
  status: ContentStatus;
  orgId: number;
  orgName: string;
  videoUrl: string | null;
  durationSeconds: number | null;
  estimatedSeconds: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** Uploaded media by slot → URL. */
  media: Partial<Record<MediaSlot, string>>;
}

export interface ContentDetail extends ContentItem {
  body: string;
  audienceRoles: string[];
  audienceOrgIds: number[];
  reviewComment: string | null;
  source: string | null;
}

export interface ReaderItem extends ContentItem {
  body?: string;
  myProgress: { seconds: number; completed: boolean } | null;
}

export interface BeatResult {
  credited: number;
  seconds: number;
  completed: boolean;
  capSeconds: number;
  thresholdSeconds: number;
  kind: ContentKind;
}

/** Which uploads each kind takes (as the server's attach-media). */
export const slotsOf: Record<ContentKind, MediaSlot[]> = { article: ['poster'], video: ['video', 'poster'], pdf: ['pdf', 'poster'] };
export const acceptOf: Record<MediaSlot, string> = { video: 'video/mp4', poster: 'image/png,image/jpeg,image/webp,image/gif', pdf: 'application/pdf' };
