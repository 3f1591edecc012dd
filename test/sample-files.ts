import { crc32, deflateSync } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of `width`×`height` RGB pixels whose compressed data holds `rows` white rows (all of them unless told). */
export function pngOf(width: number, height: number, rows = height): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const scanline = Buffer.alloc(1 + width * 3, 0xff);
  scanline[0] = 0; // filter: none
  const data = deflateSync(Buffer.concat(Array.from({ length: rows }, () => scanline)));
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', data), pngChunk('IEND', Buffer.alloc(0))]);
}

/** Minimal files with the right first bytes for upload tests (content checks magic bytes, not names). */
export const sampleFiles = {
  mp4: (size = 4096) => Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(size - 12, 7)]),
  pdf: (size = 2048) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]),
  /** A real 4×4 PNG padded after its end to `size` bytes (decoders stop at IEND). */
  png: (size = 1024) => {
    const png = pngOf(4, 4);
    return Buffer.concat([png, Buffer.alloc(Math.max(0, size - png.length), 1)]);
  },
  /** PNG signature and a valid header, then image data cut short: it passes a magic-byte check, not a decoder. */
  corruptPng: () => pngOf(64, 64, 16),
  /** A few hundred bytes claiming 20000×20000 pixels (400 megapixels). */
  hugePng: () => pngOf(20_000, 20_000, 1),
  text: () => Buffer.from('<html><script>alert(1)</script></html>'.repeat(10)),
};
