import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { runInWorker, WorkerCalls } from './run-in-worker.js';

const tasks = new URL('./worker.fixtures.ts', import.meta.url);

describe('worker threads for CPU-heavy tasks', () => {
  it('runs a TypeScript export in a worker, with a Buffer in and plain data out, keeping state between calls', async () => {
    const worker = await WorkerCalls.open(tasks);
    try {
      expect(await worker.call('echo', Buffer.from('花名册'))).toEqual({ isBuffer: true, text: '花名册', calls: 1 });
      expect(await worker.call('echo', Buffer.from('x'))).toMatchObject({ calls: 2 });
    } finally {
      await worker.close();
    }
  });

  it('brings an AppError back with its code and details', async () => {
    const err = await runInWorker(tasks, 'refuse', null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'validation_failed', details: [{ field: 'file', message: '不行' }] });
  });

  it('answers the limit error when the worker runs out of its heap, and the process lives on', async () => {
    const err = await runInWorker(tasks, 'hog', null, { maxMemoryMb: 32, onLimit: () => new AppError('workbook_too_large') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'workbook_too_large' });
  });

  it('stops a call past its time limit', async () => {
    const err = await runInWorker(tasks, 'spin', null, { timeoutMs: 500, onLimit: () => new AppError('workbook_too_large') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'workbook_too_large' });
  });
});
