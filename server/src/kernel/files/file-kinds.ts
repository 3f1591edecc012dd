/** File kinds we accept, recognised by their first bytes (never by the name or the client's content type). */
export interface FileKind {
  mime: string;
  ext: string;
  matches(head: Buffer): boolean;
}

const startsWith = (head: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);

export const fileKinds = {
  jpeg: { mime: 'image/jpeg', ext: '.jpg', matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  png: { mime: 'image/png', ext: '.png', matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  webp: { mime: 'image/webp', ext: '.webp', matches: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP' },
  gif: { mime: 'image/gif', ext: '.gif', matches: (h) => h.subarray(0, 4).toString('latin1') === 'GIF8' },
  pdf: { mime: 'application/pdf', ext: '.pdf', matches: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-' },
  mp4: { mime: 'video/mp4', ext: '.mp4', matches: (h) => h.subarray(4, 8).toString('latin1') === 'ftyp' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: '.xlsx', matches: (h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]) },
} satisfies Record<string, FileKind>;

export const imageKinds: FileKind[] = [fileKinds.jpeg, fileKinds.png, fileKinds.webp, fileKinds.gif];

export function detectKind(head: Buffer, allowed: FileKind[]): FileKind | null {
  return allowed.find((k) => k.matches(head)) ?? null;
}
