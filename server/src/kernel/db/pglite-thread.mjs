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

// Named statements live in the one session that every client shares. Clients name a statement by a hash
// of its text (prepared-client.ts), so a name already parsed, by any client, is the same statement: its
// Parse is answered here instead of failing with "already exists".
/** @type {Set<string>} */
const prepared = new Set();
const PARSE_COMPLETE = new Uint8Array([0x31, 0, 0, 0, 4]);

/** The statement name at the start of a Parse or Close message's body. */
function statementNameAt(message, start) {
  const end = message.indexOf(0, start);
  return Buffer.from(message.subarray(start, end)).toString('utf8');
}

async function runMessage(message, write, syncToFs) {
  const type = message[0];
  const name = type === 0x50 /* P Parse */ ? statementNameAt(message, 5) : '';
  if (name && prepared.has(name)) {
    write(PARSE_COMPLETE);
    return;
  }
  if (type === 0x43 /* C Close */ && message[5] === 0x53 /* S statement */) prepared.delete(statementNameAt(message, 6));
  let parsed = false;
  await pglite.execProtocolRawStream(message, {
    syncToFs,
    onRawData: (b) => {
      if (name && b[0] === 0x31) parsed = true;
      write(b);
    },
  });
  if (parsed) prepared.add(name);
}

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
            await runMessage(message, batch.write, n === batch.messages.length - 1);
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
