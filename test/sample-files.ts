/** Minimal files with the right first bytes for upload tests (content checks magic bytes, not names). */
export const sampleFiles = {
  mp4: (size = 4096) => Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(size - 12, 7)]),
  pdf: (size = 2048) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]),
  png: (size = 1024) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, 1)]),
  text: () => Buffer.from('<html><script>alert(1)</script></html>'.repeat(10)),
};
