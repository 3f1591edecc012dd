import { randomBytes } from 'node:crypto';
import { access, mkdir, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { AppError } from '../errors.js';
import { pathOfKey } from './stored-keys.js';
import { MAX_IMAGE_PIXELS } from './image-check.js';

/** Widths we render; any requested width snaps up to one of these so the cache stays small. */
export const IMAGE_WIDTHS = [160, 320, 640, 1280] as const;

export function snapWidth(w: number | undefined): number {
  if (!w) return 1280;
  return IMAGE_WIDTHS.find((x) => x >= w) ?? 1280;
}

/**
 * A resized WebP of a stored image, rendered once and cached next to the uploads. A stored image that does
 * not decode (kept from before uploads were decoded, or damaged on disk) answers image_damaged, not 500;
 * what can be read of a partly damaged one is shown. The render goes to a temporary name first, so a failed
 * or concurrent render never leaves a half-written file in the cache.
 */
export async function resizedImage(dataDir: string, key: string, width: number): Promise<string> {
  const source = pathOfKey(dataDir, key);
  const target = join(dataDir, 'uploads', '.resized', `${key}.w${width}.webp`);
  try {
    await access(target);
    return target;
  } catch {
    await access(source).catch(() => {
      throw new AppError('not_found');
    });
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await sharp(source, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'none' }).rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toFile(partial);
      await rename(partial, target);
    } catch {
      await unlink(partial).catch(() => {});
      throw new AppError('image_damaged');
    }
    return target;
  }
}
