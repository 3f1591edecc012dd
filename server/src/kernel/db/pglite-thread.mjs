// Runs in a worker thread: PGlite behind a PostgreSQL wire-protocol server on a Unix socket, so the
// database's work (WebAssembly, file I/O) happens off the server's event loop. See pglite-worker.ts.
// Plain JavaScript: a worker thread's entry does not go through the TypeScript loader on Node 20.
//
// PGlite has one session. Each client's messages are run in whole batches (up to a Sync or a simple
// Query), so two clients' extended-protocol steps never interleave (one client's Bind can't meet
// another's Parse), and while a client holds a transaction open only its own batches run.
import { createServer } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/** @type {{ dataDir?: string; loadDataDir?: Uint8Array; socketPath: string }} */
const data = workerData;
const pglite = new PGlite({
  dataDir: data.dataDir,
  loadDataDir: data.loadDataDir ? new Blob([data.loadDataDir]) : undefined,
  extensions: { btree_gist },
});
await pglite.waitReady;

const SSL_REQUEST = 80877103;
const BATCH_ENDS = new Set([0x53 /* S Sync */, 0x51 /* Q Query */, 0x48 /* H Flush */, 0x58 /* X Terminate */]);

/** @type {{ client: object; messages: Uint8Array[]; write: (b: Uint8Array) => void; abort: () => void; done: () => void }[]} */
const queue = [];
/** The client whose transaction is open: only its batches may run until it ends. */
let owner = null;
let running = false;

async function drain() {
  if (running) return;
  running = true;
  try {
    for (;;) {
      const i = owner ? queue.findIndex((b) => b.client === owner) : 0;
      if (i < 0 || queue.length === 0) break;
      const [batch] = queue.splice(i, 1);
      try {
        await pglite.runExclusive(async () => {
          for (const [n, message] of batch.messages.entries()) {
            await pglite.execProtocolRawStream(message, { onRawData: batch.write, syncToFs: n === batch.messages.length - 1 });
          }
        });
        owner = pglite.isInTransaction() ? batch.client : null;
      } catch {
        // Not an SQL error (those are answered in the protocol): the client's connection can't go on.
        batch.abort();
      }
      batch.done();
    }
  } finally {
    running = false;
  }
}

function serve(socket) {
  const client = {};
  let buffer = Buffer.alloc(0);
  let started = false;
  /** @type {Uint8Array[]} */
  let pending = [];
  let busy = Promise.resolve();
  const write = (b) => {
    if (b.length && socket.writable) socket.write(Buffer.from(b));
  };
  const submit = (messages) => {
    busy = busy.then(
      () =>
        new Promise((done) => {
          queue.push({ client, messages, write, abort: () => socket.destroy(), done });
          void drain();
        }),
    );
  };
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        const packet = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (code === SSL_REQUEST) {
          socket.write('N');
          continue;
        }
        started = true;
        submit([new Uint8Array(packet)]);
        continue;
      }
      if (buffer.length < 5) return;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      const type = buffer[0];
      pending.push(new Uint8Array(buffer.subarray(0, length)));
      buffer = buffer.subarray(length);
      if (type === 0x58) {
        pending = [];
        socket.end();
        return;
      }
      if (BATCH_ENDS.has(type)) {
        submit(pending);
        pending = [];
      }
    }
  });
  const gone = () => {
    // A client that leaves inside its transaction must not leave the session in it.
    busy = busy.then(async () => {
      if (owner === client) {
        await pglite.runExclusive(() => pglite.exec('ROLLBACK'));
        owner = null;
        void drain();
      }
    });
  };
  socket.on('close', gone);
  socket.on('error', () => socket.destroy());
}

const server = createServer(serve);
await new Promise((resolve) => server.listen(data.socketPath, resolve));
parentPort.postMessage({ ready: true });

parentPort.on('message', async (msg) => {
  if (msg.dump) {
    const blob = await pglite.dumpDataDir('none');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    parentPort.postMessage({ dump: bytes }, [bytes.buffer]);
  }
  if (msg.close) {
    await new Promise((resolve) => server.close(resolve));
    await pglite.close();
    parentPort.postMessage({ closed: true });
  }
});
