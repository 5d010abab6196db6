// PostgreSQL only: running Mamori as a member of mamori_app, which may read and insert evidence but never
// update or delete it, even with the triggers out of the way.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { Store } from '../../src/app/ports.ts';
import { verifyEvidence } from '../../src/app/verify-evidence.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createPostgresDatabase, type TestDatabase, testPostgresServer } from '../support/test-databases.ts';
import { events, keysOf, newSigningKey } from './evidence-support.ts';

const skip = process.env.MAMORI_SKIP_POSTGRES === '1';
const key = newSigningKey();

describe('evidence privileges on postgres', { skip }, () => {
  let database: TestDatabase;
  let owner: Store;
  let app: Store;
  let appUrl: string;
  const login = `mamori_node_${randomBytes(4).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: (await testPostgresServer()).url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };

  before(async () => {
    database = await createPostgresDatabase();
    // The schema owner (here the superuser) migrates once; that also creates mamori_app and its grants.
    owner = await openStore(database.config, { evidence: { signingKey: key } });
    await admin(`CREATE ROLE ${login} LOGIN IN ROLE mamori_app`);
    const url = new URL(database.config.kind === 'postgres' ? database.config.url : '');
    url.username = login;
    appUrl = url.toString();
    app = await openStore({ kind: 'postgres', url: appUrl }, { evidence: { signingKey: key } });
  });
  after(async () => {
    await app?.close();
    await owner?.close();
    await database.drop();
    await admin(`DROP ROLE IF EXISTS ${login}`);
  });

  test('a mamori_app node opens the migrated store, appends, seals and verifies', async () => {
    await app.evidence.appendMany(events(1, 20));
    await app.evidence.seal();
    await app.ledgerVersions.count();
    const result = await verifyEvidence({ store: app, keys: keysOf(key) });
    assert.deepEqual([result.ok, result.entries], [true, 20]);
  });

  test('mamori_app may not UPDATE, DELETE or TRUNCATE evidence, nor disable the triggers', async () => {
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      for (const statement of [
        `UPDATE evidence_entries SET actor = 'x' WHERE seq = 1`,
        'DELETE FROM evidence_entries WHERE seq = 1',
        'TRUNCATE evidence_entries',
        `UPDATE evidence_checkpoints SET hash = 'x'`,
        'DELETE FROM evidence_checkpoints',
        `INSERT INTO evidence_archives VALUES (5, 1, 'x', 1, 'x', 'x')`,
        'ALTER TABLE evidence_entries DISABLE TRIGGER USER',
      ]) {
        await assert.rejects(client.query(statement), /permission denied|must be owner/, statement);
      }
    } finally {
      await client.end();
    }
  });

  test('archival (removing entries) needs the operator role', async () => {
    const [checkpoint] = await app.evidence.checkpoints({ from: 1, to: 100 });
    assert.ok(checkpoint);
    await assert.rejects(
      app.evidence.removeArchived({
        fromSeq: 1,
        throughSeq: checkpoint.seq,
        checkpointHash: checkpoint.hash,
        archivalSeq: 1,
        exportSha256: '0'.repeat(64),
        archivedAt: new Date().toISOString(),
      }),
      /permission denied/,
    );
  });
});
