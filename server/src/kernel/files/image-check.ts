import sharp from 'sharp';
import { AppError, errorCatalog } from '../errors.js';
import { detectKind, imageKinds, type FileKind } from './file-kinds.js';
import { checkDocx } from './docx-check.js';

/** The most pixels an image may have, checked before it is decoded (a 20000×20000 PNG can be a few kB on disk). */
export const MAX_IMAGE_PIXELS = 50_000_000;

const refusal = (err: unknown, field: string) => {
  const code = /pixel limit/i.test((err as Error)?.message ?? '') ? 'image_too_large' : 'image_unreadable';
  return new AppError(code, [{ field, message: errorCatalog[code].zh }]);
};

/**
 * Reads the image's header and decodes it into a small thumbnail, within the pixel limit: bytes that only
 * start like an image (a truncated or garbled PNG/JPEG/WebP/GIF) are refused here, not on every later view.
 */
export async function checkImage(input: string | Buffer, field = 'file'): Promise<void> {
  try {
    const meta = await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
    if (!meta.width || !meta.height) throw new Error('no dimensions');
    if (meta.width * meta.height > MAX_IMAGE_PIXELS) throw new Error('Input image exceeds pixel limit');
    await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate().resize({ width: 64, height: 64, fit: 'inside' }).raw().toBuffer();
  } catch (err) {
    throw refusal(err, field);
  }
}

declare const checked: unique symbol;
/** Bytes whose type (and, for an image, whose decoding) was checked; the only thing storeBytes writes. */
export type CheckedBytes = { readonly bytes: Buffer; readonly kind: FileKind; readonly [checked]: true };

/** The bytes' type by their first bytes, one of `accept`; an image must decode within the pixel limit. */
export async function checkBytes(bytes: Buffer, accept: readonly FileKind[], field = 'file'): Promise<CheckedBytes> {
  const kind = detectKind(bytes);
  if (!kind || !accept.includes(kind)) throw new AppError('validation_failed', [{ field, message: `file type not accepted; allowed: ${accept.join(', ')}` }]);
  if (imageKinds.includes(kind)) await checkImage(bytes, field);
  if (kind === 'docx') await checkDocx(bytes, field);
  return { bytes, kind } as CheckedBytes;
}
