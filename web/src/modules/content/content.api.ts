import type { Schema } from '../../kernel/api-client.js';

/** The content API's shapes, named by the server's schemas (web/src/api/openapi.ts). */
export type ContentItem = Schema<'ContentItem'>;
export type ContentDetail = Schema<'ContentDetail'>;
export type ReaderItem = Schema<'ReaderItem'>;
export type BeatResult = Schema<'BeatResult'>;
export type ContentKind = ContentItem['kind'];
export type ContentStatus = ContentItem['status'];
export type MediaSlot = keyof ContentItem['media'];

/** Which uploads each kind takes (as the server's attach-media). */
export const slotsOf: Record<ContentKind, MediaSlot[]> = { article: ['poster', 'document'], video: ['video', 'poster'], pdf: ['pdf', 'poster', 'document'] };
export const acceptOf: Record<MediaSlot, string> = { video: 'video/mp4', poster: 'image/png,image/jpeg,image/webp,image/gif', pdf: 'application/pdf', document: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
