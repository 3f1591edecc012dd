import { access, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { pathOfKey } from './stored-keys.js';

/** Widths we render; any requested width snaps up to one of these so the cache stays small. */
export const IMAGE_WIDTHS = [160, 320, 640, 1280] as const;

export function snapWidth(w: number | undefined): number {
  if (!w) return 1280;
  return IMAGE_WIDTHS.find((x) => x >= w) ?? 1280;
}

/** A resized WebP of a stored image, rendered once and cached next to the uploads. */
export async function resizedImage(dataDir: string, key: string, width: number): Promise<string> {
  const source = pathOfKey(dataDir, key);
  const target = join(dataDir, 'uploads', '.resized', `${key}.w${width}.webp`);
  try {
    await access(target);
    return target;
  } catch {
    await mkdir(dirname(target), { recursive: true });
    await sharp(source, { limitInputPixels: 50_000_000 }).rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toFile(target);
    return target;
  }
}
