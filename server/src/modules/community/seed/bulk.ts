// The kernel's bulk insert (INSERT … SELECT FROM unnest), used by the community seed's large tables.
export { bulkInsert, type BulkColumn } from '../../../kernel/db/bulk-insert.js';
