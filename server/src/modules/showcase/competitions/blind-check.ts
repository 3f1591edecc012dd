import { readFile } from 'node:fs/promises';

/**
 * Blind review: where does a case give its organisation away? The submission's parts are searched for the
 * organisation's names (its own and its agency's, full and short: showcase.access.ts orgNamesOf); an attachment's
 * file name always, and a PDF's text when a text extractor is installed (pdfjs-dist, loaded on demand: it is a
 * development dependency, so a production install without it falls back to the file name alone, said by
 * `flagSource`). Images are not read (no OCR): only their file name is checked.
 */
export function namesIn(text: string, names: readonly string[]): boolean {
  const compact = text.replace(/\s+/g, '');
  return names.some((n) => compact.includes(n));
}

/** The part keys whose text names the organisation. */
export function flaggedParts(parts: Record<string, string>, names: readonly string[]): string[] {
  return Object.entries(parts)
    .filter(([, text]) => namesIn(text, names))
    .map(([key]) => `part:${key}`);
}

/** Replaces the organisation's names with ■ for the reviewer's view (the admin sees the flag and the original). */
export function redact(text: string, names: readonly string[]): string {
  let out = text;
  for (const n of names) out = out.split(n).join('■'.repeat(Math.min(n.length, 6)));
  return out;
}

type PdfJs = { getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean }): { promise: Promise<PdfDoc> } };
type PdfDoc = { numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: Array<{ str?: string }> }> }>; destroy(): Promise<void> };

let pdfjs: Promise<PdfJs | null> | undefined;
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs' as string).then((m) => m as PdfJs).catch(() => null));

/** The text of a PDF's first pages, or null when no extractor is installed or the file cannot be read. */
export async function pdfText(path: string, maxPages = 30): Promise<string | null> {
  const lib = await loadPdfJs();
  if (!lib) return null;
  try {
    const doc = await lib.getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false, useSystemFonts: false }).promise;
    let text = '';
    for (let p = 1; p <= Math.min(doc.numPages, maxPages); p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      text += content.items.map((i) => i.str ?? '').join('') + '\n';
    }
    await doc.destroy();
    return text;
  } catch {
    return null;
  }
}

/** Checks an attachment: the PDF's text when it can be read, else its file name. */
export async function checkAttachment(file: { path: string; mime: string; originalName: string }, names: readonly string[]) {
  const byName = namesIn(file.originalName, names);
  if (file.mime === 'application/pdf') {
    const text = await pdfText(file.path);
    if (text !== null) return { nameFlag: byName || namesIn(text, names), flagSource: 'pdf_text' as const };
  }
  return { nameFlag: byName, flagSource: 'file_name' as const };
}
