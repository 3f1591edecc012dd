import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../errors.js';

/** Noto Sans CJK from the Debian package fonts-noto-cjk; the first one present is used, embedded as a subset. */
export const cjkFontCandidates = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
];

let loaded: { path: string; family: string; data: Buffer } | undefined;

/** The font file, read once per process (about 20 MB; pdfkit embeds only the glyphs used). */
export function cjkFont(candidates = cjkFontCandidates) {
  if (loaded && candidates === cjkFontCandidates) return loaded;
  const font = candidates.find((f) => existsSync(f.path));
  if (!font) throw new AppError('font_unavailable');
  const data = { ...font, data: readFileSync(font.path) };
  if (candidates === cjkFontCandidates) loaded = data;
  return data;
}
