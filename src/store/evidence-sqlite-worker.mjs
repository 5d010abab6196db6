// The SQLite evidence writer thread (see evidence-sqlite-thread.ts). Plain JavaScript: Node 20 workers do not
// inherit the TypeScript loader's hooks, and this file only moves rows from messages into its own connection.
// A transaction never waits for the main thread while it holds the write lock: by the time `begin` arrives, the
// main thread posts the rows and the commit without waiting for anything (see appendSpeculative).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { path, pragmas, stateSql } = workerData;
const db = new Database(path);
for (const pragma of pragmas) db.pragma(pragma);

const COLUMNS = 8;
// SQLite allows 32766 bound parameters per statement.
const ROWS_PER_STATEMENT = 500;
// busy_timeout waits 5 s per try; a long transaction of another connection gets a minute in all.
const BEGIN_TRIES = 12;

const inserts = new Map();
function insertStatement(count) {
  let statement = inserts.get(count);
  if (statement === undefined) {
    const row = `(${new Array(COLUMNS).fill('?').join(',')})`;
    statement = db.prepare(
      `insert into evidence_entries (seq, type, actor, subject, at, payload, prev_hash, hash) values ${new Array(count).fill(row).join(',')}`,
    );
    inserts.set(count, statement);
  }
  return statement;
}

// Prepared on first use, inside the handler: a failure (no such table yet) is then a reply, not a dead thread.
let readState;
let insertCheckpoint;
function state() {
  readState ??= db.prepare(stateSql);
  return readState.get();
}

// Unpacks evidence-sqlite-thread.ts's packRows: seq, then the text fields in its TEXT_FIELDS order.
const TEXT_FIELDS = COLUMNS - 1;
function unpack({ firstSeq, text, lengths }) {
  const rows = lengths.length / TEXT_FIELDS;
  const values = new Array(rows * COLUMNS);
  let offset = 0;
  let next = 0;
  for (let row = 0; row < rows; row++) {
    values[next++] = firstSeq + row;
    for (let field = 0; field < TEXT_FIELDS; field++) {
      const length = lengths[row * TEXT_FIELDS + field];
      values[next++] = length < 0 ? null : text.slice(offset, offset + length);
      if (length > 0) offset += length;
    }
  }
  return values;
}

function insertRows(values) {
  const rows = values.length / COLUMNS;
  for (let start = 0; start < rows; start += ROWS_PER_STATEMENT) {
    const count = Math.min(ROWS_PER_STATEMENT, rows - start);
    insertStatement(count).run(count === rows ? values : values.slice(start * COLUMNS, (start + count) * COLUMNS));
  }
}

function beginImmediate() {
  for (let attempt = 1; ; attempt++) {
    try {
      db.exec('begin immediate');
      return;
    } catch (error) {
      if (error?.code !== 'SQLITE_BUSY' || attempt >= BEGIN_TRIES) throw error;
    }
  }
}

// The transaction that failed or was refused: its remaining messages are dropped.
let dropped;
// Rows only ever go into the transaction opened for them, never autocommitted past the head check.
let open;

function stop(tx, reply) {
  dropped = tx;
  open = undefined;
  if (db.inTransaction) db.exec('rollback');
  parentPort.postMessage({ tx, ...reply });
}

parentPort.on('message', (message) => {
  const { tx, kind } = message;
  if (kind === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  if (dropped === tx) return;
  try {
    switch (kind) {
      case 'peek':
        parentPort.postMessage({ tx, kind: 'state', row: state() });
        return;
      case 'begin': {
        beginImmediate();
        open = tx;
        const row = state();
        const { expected } = message;
        // The rows on their way were linked after `expected`: if another connection moved the head, refuse them.
        if (
          String(row?.head_seq ?? row?.archived_seq ?? 0) !== String(expected.seq) ||
          headHash(row) !== expected.hash
        ) {
          stop(tx, { kind: 'moved', row });
        }
        return;
      }
      case 'rollback':
        if (open === tx && db.inTransaction) db.exec('rollback');
        dropped = tx;
        open = undefined;
        return;
      case 'rows':
        if (open !== tx) throw new Error('rows outside their transaction');
        insertRows(unpack(message));
        return;
      case 'commit':
        if (open !== tx) throw new Error('commit outside its transaction');
        insertRows(unpack(message));
        if (message.checkpoint) {
          insertCheckpoint ??= db.prepare(
            'insert into evidence_checkpoints (seq, hash, at, key_id, signature) values (?, ?, ?, ?, ?)',
          );
          insertCheckpoint.run(message.checkpoint);
        }
        db.exec('commit');
        open = undefined;
        parentPort.postMessage({ tx, kind: 'committed' });
        return;
    }
  } catch (error) {
    stop(tx, { kind: 'failed', message: String(error?.message ?? error), code: error?.code });
  }
});

function headHash(row) {
  return row?.head_hash ?? row?.archived_hash ?? '0'.repeat(64);
}
