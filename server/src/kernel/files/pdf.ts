import PDFDocument from 'pdfkit';

/**
 * Lays out one PDF and returns its bytes: `draw` writes the pages (synchronously or not), the document is then
 * ended and its output collected. A fixed `info.CreationDate` in the options keeps the bytes the same from run to run.
 */
export async function renderPdf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void | Promise<void>): Promise<Buffer> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  await draw(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
