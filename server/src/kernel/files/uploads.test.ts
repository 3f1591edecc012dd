import { describe, expect, it } from 'vitest';
import { detectKind, parseRange } from './uploads.js';
import { sampleFiles as files } from '../../../../test/sample-files.js';

describe('detectKind (magic bytes)', () => {
  it('recognises the accepted types', () => {
    expect(detectKind(files.mp4())).toBe('mp4');
    expect(detectKind(files.pdf())).toBe('pdf');
    expect(detectKind(files.png())).toBe('png');
    expect(detectKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(detectKind(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(detectKind(Buffer.from('GIF89a......'))).toBe('gif');
  });
  it('refuses look-alikes', () => {
    expect(detectKind(files.text())).toBeNull();
    expect(detectKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectKind(Buffer.from('\x00\x00\x00\x18ftypheic', 'latin1'))).toBeNull(); // HEIF image, not a video
    expect(detectKind(Buffer.from('PK\x03\x04', 'latin1'))).toBe('docx'); // a ZIP container: checkDocx decides
    expect(detectKind(Buffer.alloc(0))).toBeNull();
  });
});

describe('parseRange', () => {
  it('reads the forms browsers send for video seeking', () => {
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange('bytes=90-500', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
  });
  it('flags unsatisfiable or malformed ranges', () => {
    for (const h of ['bytes=100-', 'bytes=20-10', 'bytes=-0', 'bytes=-', 'items=0-1', 'bytes=0-1,5-6']) expect(parseRange(h, 100)).toBe('invalid');
  });
});
