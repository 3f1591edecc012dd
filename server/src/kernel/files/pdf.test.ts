import { describe, expect, it } from 'vitest';
import { renderPdf } from './pdf.js';

describe('renderPdf', () => {
  const info = { Title: 'T', CreationDate: new Date('2026-01-01T00:00:00Z') };

  it('returns the whole document, the same bytes each time for a fixed creation date', async () => {
    const draw = (doc: PDFKit.PDFDocument) => {
      doc.text('one');
      doc.addPage().text('two');
    };
    const a = await renderPdf({ size: 'A5', info }, draw);
    const b = await renderPdf({ size: 'A5', info }, draw);
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(a.toString('latin1')).toContain('/Count 2');
    expect(a.equals(b)).toBe(true);
  });

  it('waits for an asynchronous draw and passes on its failure', async () => {
    const bytes = await renderPdf({ info }, async (doc) => {
      await new Promise((r) => setImmediate(r));
      doc.text('late');
    });
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(renderPdf({ info }, () => { throw new Error('boom'); })).rejects.toThrow('boom');
  });
});
