// Runs exported functions of one module in this worker thread: each message { id, exportName, input } is
// answered with { id, ok, result } or { id, ok: false, error }. Plain JavaScript so that it starts under any
// runner; a TypeScript module is loaded through tsx's loader, which works whether or not the parent
// process registered tsx itself (npm start, tsx, vitest).
import { parentPort, workerData } from 'node:worker_threads';

async function load(url) {
  if (!url.endsWith('.ts')) return import(url);
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(url, import.meta.url);
}
const loaded = load(workerData.moduleUrl);
loaded.catch(() => {}); // reported to each call below

/** A Uint8Array arrives from the parent (structured clone drops Buffer); the task gets a Buffer over the same bytes. */
const asBuffer = (v) => (v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v);

parentPort.on('message', async ({ id, exportName, input }) => {
  try {
    const mod = await loaded;
    const result = await mod[exportName](asBuffer(input));
    parentPort.postMessage({ id, ok: true, result });
  } catch (err) {
    // An AppError keeps its code and details across the thread boundary.
    parentPort.postMessage({ id, ok: false, error: { name: err?.constructor?.name, code: err?.code, details: err?.details, message: String(err?.message ?? err) } });
  }
});
