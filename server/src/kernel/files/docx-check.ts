import { open } from 'node:fs/promises';
import { AppError } from '../errors.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** The end-of-central-directory record is 22 bytes, followed by a comment of at most 65535. */
const TAIL = 22 + 0xffff;
const MAX_DIRECTORY = 16 * 1024 * 1024;

/** Where a ZIP file's central directory lies, from its end record found in the file's last bytes. */
function directoryOf(tail: Buffer, fileSize: number): { count: number; size: number; offset: number } | null {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const d = { count: tail.readUInt16LE(i + 10), size: tail.readUInt32LE(i + 12), offset: tail.readUInt32LE(i + 16) };
    return d.count > 0 && d.size <= MAX_DIRECTORY && d.offset + d.size <= fileSize ? d : null;
  }
  return null;
}

/** The entry names of a central directory; null when it cannot be read. */
function entryNames(dir: Buffer, count: number): string[] | null {
  const names: string[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) return null;
    const nameLength = dir.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    if (next > dir.length) return null;
    names.push(dir.subarray(p + 46, p + 46 + nameLength).toString('utf8'));
    p = next;
  }
  return names;
}

const isWord = (names: string[] | null) => !!names && names.includes('[Content_Types].xml') && names.includes('word/document.xml');

/**
 * A ZIP container (detected as 'docx' by its first bytes) is accepted only when its central directory holds a Word
 * document's parts ([Content_Types].xml and word/document.xml); any other archive is refused.
 */
export async function checkDocx(input: string | Buffer, field = 'file'): Promise<void> {
  let names: string[] | null = null;
  if (Buffer.isBuffer(input)) {
    const d = directoryOf(input.subarray(Math.max(0, input.length - TAIL)), input.length);
    if (d) names = entryNames(input.subarray(d.offset, d.offset + d.size), d.count);
  } else {
    const handle = await open(input, 'r');
    try {
      const { size } = await handle.stat();
      const tail = Buffer.alloc(Math.min(size, TAIL));
      await handle.read(tail, 0, tail.length, size - tail.length);
      const d = directoryOf(tail, size);
      if (d) {
        const dir = Buffer.alloc(d.size);
        await handle.read(dir, 0, d.size, d.offset);
        names = entryNames(dir, d.count);
      }
    } finally {
      await handle.close();
    }
  }
  if (!isWord(names)) throw new AppError('validation_failed', [{ field, message: 'not a Word document (.docx)' }]);
}
