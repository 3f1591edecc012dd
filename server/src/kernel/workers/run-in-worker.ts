import { Worker } from 'node:worker_threads';
import { AppError, errorCatalog, type ErrorCode } from '../errors.js';

const entry = new URL('./worker-entry.mjs', import.meta.url);

/** At most this many workers at once on the machine's cores; more callers wait their turn. */
export const MAX_WORKERS = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function acquire() {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
}
function release() {
  running--;
  waiting.shift()?.();
}

export interface WorkerOptions {
  /** V8 heap of the worker; past it the worker dies instead of the server. */
  maxMemoryMb?: number;
  /** Per call. */
  timeoutMs?: number;
  /** The error to answer when the worker hits its memory or time limit. */
  onLimit?: () => Error;
}

interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: { name?: string; code?: string; details?: unknown; message: string };
}

function revive(e: NonNullable<Reply['error']>): Error {
  if (e.name === 'AppError' && e.code && e.code in errorCatalog) return new AppError(e.code as ErrorCode, e.details);
  return new Error(e.message);
}

/**
 * A worker thread running the exports of `module`, so CPU-heavy parsing (Excel workbooks) leaves the event
 * loop free for other requests. Calls go one at a time; inputs and results travel by structured clone (a Buffer
 * arrives as a Buffer in the worker, a returned Buffer as a Uint8Array here). The module may keep state
 * between calls of one worker. Always close() it.
 */
export class WorkerCalls {
  private worker: Worker | null = null;
  private pending: { id: number; resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(
    private readonly module: URL,
    private readonly opts: WorkerOptions,
  ) {}

  static async open(module: URL, opts: WorkerOptions = {}): Promise<WorkerCalls> {
    await acquire();
    const calls = new WorkerCalls(module, opts);
    try {
      calls.start();
    } catch (err) {
      release();
      throw err;
    }
    return calls;
  }

  private start() {
    const worker = new Worker(entry, { workerData: { moduleUrl: this.module.href }, resourceLimits: { maxOldGenerationSizeMb: this.opts.maxMemoryMb ?? 2048 } });
    this.worker = worker;
    worker.on('message', (m: Reply) => {
      const p = this.pending;
      if (!p || p.id !== m.id) return;
      this.settle();
      if (m.ok) p.resolve(m.result);
      else p.reject(revive(m.error!));
    });
    worker.on('error', (err: Error & { code?: string }) => this.fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.limit() : err));
    worker.on('exit', (code) => this.fail(new Error(`worker exited with code ${code}`)));
  }

  private limit = () => this.opts.onLimit?.() ?? new Error('worker limit reached');

  private settle() {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private fail(err: Error) {
    this.failure ??= err;
    const p = this.pending;
    this.settle();
    p?.reject(err);
  }

  call<T>(exportName: string, input: unknown): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.worker || this.pending) return Promise.reject(new Error('worker busy or closed'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(this.limit());
        void this.worker?.terminate();
      }, this.opts.timeoutMs ?? 300_000);
      this.pending = { id, resolve: resolve as (v: unknown) => void, reject, timer };
      this.worker!.postMessage({ id, exportName, input });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    this.failure ??= new Error('worker closed');
    await worker.terminate().catch(() => {});
    release();
  }
}

/** One call in a fresh worker. */
export async function runInWorker<T>(module: URL, exportName: string, input: unknown, opts: WorkerOptions = {}): Promise<T> {
  const calls = await WorkerCalls.open(module, opts);
  try {
    return await calls.call<T>(exportName, input);
  } finally {
    await calls.close();
  }
}
