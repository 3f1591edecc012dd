/** What other modules may use from content; its tables stay private. */
export { getPublishedItem, type PublishedItem } from './content.queries.js';
export { createFromReport, type FromReportInput } from './commands/create-from-report.js';
export { sanitizeRichText, plainText } from './sanitize.js';
export { receiveUpload, removeStored, sendStoredFile, imageKinds, uploadLimits, type FileKind, type StoredUpload } from './uploads.js';
