import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const REPORT_TTL_MS = 24 * 60 * 60 * 1000;
export const reportIdPattern = /^[a-f0-9]{32}$/;

interface ReportMeta {
  accountId: number;
  createdAt: string;
}

/**
 * Annotated error workbooks live as files under DATA_DIR/roster-errors, so any server process
 * sharing DATA_DIR can serve them: <id>.xlsx plus <id>.json naming the uploader.
 * They hold the uploader's own personal data, hence owner-only and deleted after 24 hours.
 */
export function errorReportStore(dataDir: string) {
  const dir = resolve(dataDir, 'roster-errors');
  const file = (id: string, ext: 'xlsx' | 'json') => join(dir, `${id}.${ext}`);

  async function sweep(now = Date.now()): Promise<void> {
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(
      names.map(async (name) => {
        const s = await stat(join(dir, name)).catch(() => null);
        if (s && now - s.mtimeMs > REPORT_TTL_MS) await rm(join(dir, name), { force: true });
      }),
    );
  }

  return {
    dir,
    async save(accountId: number, content: Buffer): Promise<string> {
      await mkdir(dir, { recursive: true });
      await sweep();
      const id = randomBytes(16).toString('hex');
      const meta: ReportMeta = { accountId, createdAt: new Date().toISOString() };
      // The sidecar is written last, by rename, so a reader never sees half a report.
      await writeFile(file(id, 'xlsx') + '.tmp', content, { mode: 0o600 });
      await rename(file(id, 'xlsx') + '.tmp', file(id, 'xlsx'));
      await writeFile(file(id, 'json') + '.tmp', JSON.stringify(meta), { mode: 0o600 });
      await rename(file(id, 'json') + '.tmp', file(id, 'json'));
      return id;
    },
    /** The report, or null when it does not exist, has expired or belongs to someone else. */
    async read(id: string, accountId: number, now = Date.now()): Promise<Buffer | null> {
      if (!reportIdPattern.test(id)) return null;
      const meta = await readFile(file(id, 'json'), 'utf8')
        .then((t) => JSON.parse(t) as ReportMeta)
        .catch(() => null);
      if (!meta || meta.accountId !== accountId) return null;
      if (now - Date.parse(meta.createdAt) > REPORT_TTL_MS) {
        await Promise.all([rm(file(id, 'xlsx'), { force: true }), rm(file(id, 'json'), { force: true })]);
        return null;
      }
      return readFile(file(id, 'xlsx')).catch(() => null);
    },
    sweep,
  };
}

export type ErrorReportStore = ReturnType<typeof errorReportStore>;
