import type { Db } from '../db/client.js';
import { claimJobs, completeJob, enqueue, failJob } from './jobs.js';

export type JobHandler = (payload: any, job: { id: number; attempts: number }) => Promise<void>;

export interface Schedule {
  name: string;
  everySeconds: number;
}

/**
 * Polls the queue and runs handlers. Recurring schedules enqueue one job per time
 * slot with a dedupe key, so N processes still run each slot once.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly db: Db,
    private readonly handlers: Record<string, JobHandler>,
    private readonly schedules: Schedule[] = [],
    private readonly onError: (name: string, err: unknown) => void = () => {},
  ) {}

  start(pollMs = 2000) {
    this.timer = setInterval(() => void this.tick(), pollMs);
    this.timer.unref();
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  /** One round: enqueue due schedule slots, then run what is due. Returns how many jobs ran. */
  async tick(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const now = Date.now();
      for (const s of this.schedules) {
        const slot = Math.floor(now / (s.everySeconds * 1000));
        await enqueue(this.db, s.name, {}, { dedupeKey: `slot:${slot}` });
      }
      const jobs = await claimJobs(this.db, Object.keys(this.handlers), 10);
      for (const job of jobs) {
        try {
          await this.handlers[job.name](job.payload, { id: job.id, attempts: job.attempts });
          await completeJob(this.db, job.id);
        } catch (err) {
          this.onError(job.name, err);
          await failJob(this.db, job, err);
        }
      }
      return jobs.length;
    } finally {
      this.running = false;
    }
  }
}
