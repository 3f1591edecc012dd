// What a stored file is, told from its first bytes, and what each kind may weigh.
/** docx: a ZIP container by its first bytes, accepted only once checkDocx finds a Word document's parts in it. */
export type FileKind = 'mp4' | 'pdf' | 'png' | 'jpeg' | 'webp' | 'gif' | 'docx';

const MB = 1024 * 1024;

/** Size limits by detected type: videos are streamed to disk, never held in memory. */
export const uploadLimits: Record<FileKind, number> = {
  mp4: 500 * MB,
  pdf: 50 * MB,
  png: 10 * MB,
  jpeg: 10 * MB,
  webp: 10 * MB,
  gif: 10 * MB,
  docx: 20 * MB,
};

export const mimeOf: Record<FileKind, string> = {
  mp4: 'video/mp4',
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const imageKinds: FileKind[] = ['png', 'jpeg', 'webp', 'gif'];

const mp4Brands = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash', 'mmp4', 'MSNV']);

/** The file's type from its first bytes; the name and the declared MIME type are not trusted. */
export function detectKind(head: Buffer): FileKind | null {
  const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1');
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (head.length >= 12 && ascii(4, 8) === 'ftyp' && mp4Brands.has(ascii(8, 12))) return 'mp4';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'PK\x03\x04') return 'docx';
  return null;
}
