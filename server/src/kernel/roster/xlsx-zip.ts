import { inflateRawSync } from 'node:zlib';
import { AppError, errorCatalog } from '../errors.js';

/**
 * What an .xlsx (a zip) may unpack to before anything inflates it. A 50,000-row roster unpacks to about
 * 30 MB (its XML compresses about 10:1); a zip bomb packs hundreds of MB into one.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** Real sheets compress 5–20:1; an entry of over 1 MB packed tighter than this is refused. */
export const MAX_COMPRESSION_RATIO = 200;
const RATIO_CHECKED_ABOVE = 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const corrupt = () => new AppError('validation_failed', [{ field: 'file', message: '文件已损坏或不是 .xlsx 格式' }]);
export const tooLarge = (reason: string) => new AppError('workbook_too_large', [{ field: 'file', message: errorCatalog.workbook_too_large.zh, reason }]);

/** The entries listed in the zip's central directory (sizes as declared, nothing inflated). */
export function zipEntries(buf: Buffer): ZipEntry[] {
  const from = Math.max(0, buf.length - 22 - 65535);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt();
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({
      name: buf.subarray(p + 46, p + 46 + nameLength).toString('utf8'),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeader: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** The declared sizes: the total under the cap, no entry compressed suspiciously well, no zip64. */
export function checkDeclaredSizes(entries: ZipEntry[]): void {
  let total = 0;
  for (const e of entries) {
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) throw tooLarge('zip64');
    total += e.size;
    if (e.size > RATIO_CHECKED_ABOVE && e.size > e.compressedSize * MAX_COMPRESSION_RATIO) throw tooLarge(`${e.name}: compression ratio over ${MAX_COMPRESSION_RATIO}`);
  }
  if (total > MAX_UNZIPPED_BYTES) throw tooLarge(`unpacks to ${total} bytes`);
}

/**
 * Inflates every entry with its declared size as the limit, so a directory that lies about its sizes is
 * caught here (bounded by the cap) rather than inside the Excel reader. Run off the request thread.
 */
export function checkInflatedSizes(buf: Buffer, entries: ZipEntry[]): void {
  for (const e of entries) {
    if (e.localHeader + 30 > buf.length || buf.readUInt32LE(e.localHeader) !== 0x04034b50) throw corrupt();
    const start = e.localHeader + 30 + buf.readUInt16LE(e.localHeader + 26) + buf.readUInt16LE(e.localHeader + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) throw corrupt();
    if (e.method === 0) {
      if (e.size !== e.compressedSize) throw corrupt();
      continue;
    }
    if (e.method !== 8) throw corrupt();
    try {
      inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(`${e.name} unpacks to more than it declares`);
      throw corrupt();
    }
  }
}
