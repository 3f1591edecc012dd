import { randomBytes } from 'node:crypto';
import { copyFile, constants, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { removeStored } from '../../../kernel/files/uploads.js';

/** Where content's uploaded media live: DATA_DIR/uploads/content/<storage_key>. */
export const contentUploadsOf = (dataDir: string) => join(dataDir, 'uploads', 'content');

/**
 * A copy of another module's stored file among content's media (the original stays its module's): its storage key
 * and size, for a `content_files` row. The caller removes it (`removeContentUpload`) if that row is not written.
 */
export async function copyIntoContentUploads(dataDir: string, fromPath: string): Promise<{ storageKey: string; size: number }> {
  const dir = contentUploadsOf(dataDir);
  await mkdir(dir, { recursive: true });
  const storageKey = randomBytes(16).toString('hex');
  await copyFile(fromPath, join(dir, storageKey), constants.COPYFILE_EXCL);
  return { storageKey, size: (await stat(join(dir, storageKey))).size };
}

export const removeContentUpload = (dataDir: string, storageKey: string) => removeStored(contentUploadsOf(dataDir), storageKey);
