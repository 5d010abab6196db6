// Field encryption over a real store on every dialect: round trips, places, tampering, master and data key
// rotation without touching values, retirement, and no key material in the database.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FieldCipher } from '../../src/app/field-cipher.ts';
import { readMasterKeyFile } from '../../src/app/master-key-file.ts';
import { loadMasterKeyring, type MasterKey } from '../../src/app/master-keyring.ts';
import type { Store } from '../../src/app/ports.ts';
import { retireMasterKey } from '../../src/app/retire-master-key.ts';
import { rotateDataKey } from '../../src/app/rotate-data-key.ts';
import { rotateMasterKey } from '../../src/app/rotate-master-key.ts';
import type { FieldContext } from '../../src/core/crypto/field-envelope.ts';
import { unwrapDataKey } from '../../src/core/crypto/wrapped-key.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';

const clock = { now: () => new Date('2026-04-01T09:00:00Z') };
const place = (row: string): FieldContext => ({ purpose: 'my-number', table: 'employees', column: 'my_number', row });

for (const dialect of testDialects()) {
  describe(`field encryption (${dialect.kind})`, () => {
    let database: TestDatabase;
    let store: Store;
    let dir: string;
    let env: Record<string, string>;
    const keyring = () => loadMasterKeyring(env, dir, { create: true, now: clock.now() });
    const cipher = () => new FieldCipher({ dataKeys: store.dataKeys, masters: keyring(), clock });

    before(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config);
      dir = mkdtempSync(join(tmpdir(), 'mamori-keys-'));
      env = { MAMORI_KEYS_FILE: join(dir, 'keys.json') };
    });
    after(async () => {
      await store.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    test('values and documents round-trip; the key file is created private on first use', async () => {
      const c = cipher();
      assert.equal(statSync(env.MAMORI_KEYS_FILE as string).mode & 0o777, 0o600);
      const sealed = await c.encrypt('123456789018', place('e1'));
      assert.match(sealed, /^enc:v1:dk-/);
      assert.ok(!sealed.includes('123456789018'));
      assert.equal(await c.decrypt(sealed, place('e1')), '123456789018');
      assert.notEqual(await c.encrypt('123456789018', place('e1')), sealed, 'a fresh nonce each time');
      const doc = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255]);
      const context: FieldContext = {
        purpose: 'identity-document',
        table: 'request_documents',
        column: 'body',
        row: 'd1',
      };
      assert.deepEqual(await c.decryptDocument(await c.encryptDocument(doc, context), context), doc);
      assert.equal((await store.dataKeys.list()).length, 2, 'one data key per purpose');
    });

    test('a value moved to another row or purpose, or tampered with, is refused', async () => {
      const c = cipher();
      const sealed = await c.encrypt('secret', place('e1'));
      await assert.rejects(c.decrypt(sealed, place('e2')), /failed authentication/);
      await assert.rejects(c.decrypt(sealed, { ...place('e1'), column: 'other' }), /failed authentication/);
      await assert.rejects(c.decrypt(sealed, { ...place('e1'), purpose: 'special-care' }), /not a special-care key/);
      const parts = sealed.split(':');
      const ct = parts[4] as string;
      parts[4] = (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1);
      await assert.rejects(c.decrypt(parts.join(':'), place('e1')), /failed authentication/);
      await assert.rejects(c.decrypt('plain text', place('e1')), /not an encrypted value/);
    });

    test('rotation re-wraps data keys, keeps old values readable, then the old master is refused', async () => {
      const c = cipher();
      const before = await c.encrypt('before rotation', place('e3'));
      const oldMaster = keyring().current().id;
      const backup = await store.dataKeys.list();
      const rotated = await rotateMasterKey({ dataKeys: store.dataKeys, masters: keyring(), clock });
      assert.notEqual(rotated.masterKeyId, oldMaster);
      assert.equal(rotated.rewrapped, backup.length);
      assert.ok((await store.dataKeys.list()).every((k) => k.masterKeyId === rotated.masterKeyId));
      // The running cipher keeps working; a fresh process reads old values through the re-wrapped keys.
      assert.equal(await c.decrypt(before, place('e3')), 'before rotation');
      assert.equal(await cipher().decrypt(before, place('e3')), 'before rotation');
      assert.ok(readMasterKeyFile(env.MAMORI_KEYS_FILE as string).keys[oldMaster], 'kept until retired');

      await retireMasterKey({ dataKeys: store.dataKeys, masters: keyring() }, oldMaster);
      assert.equal(readMasterKeyFile(env.MAMORI_KEYS_FILE as string).keys[oldMaster], undefined);
      assert.equal(await cipher().decrypt(before, place('e3')), 'before rotation');
      await assert.rejects(
        retireMasterKey({ dataKeys: store.dataKeys, masters: keyring() }, rotated.masterKeyId),
        /current master key/,
      );
      // A restored backup of data_keys still wrapped under the retired master key is refused.
      const old = backup.find((k) => k.purpose === 'my-number');
      assert.ok(old);
      await store.dataKeys.insert({ ...old, id: `${old.id}-restored`, retiredAt: clock.now() });
      const restored = before.replace(old.id, `${old.id}-restored`);
      await assert.rejects(cipher().decrypt(restored, place('e3')), /was retired/);
    });

    test('rotate-data starts a new data key for new writes; old values still decrypt', async () => {
      const c = cipher();
      const old = await c.encrypt('old', place('e4'));
      const { created, retired } = await rotateDataKey({ dataKeys: store.dataKeys, masters: keyring(), clock }, [
        'my-number',
      ]);
      assert.ok(retired >= 1);
      const fresh = await cipher().encrypt('new', place('e5'));
      assert.ok(fresh.startsWith(`enc:v1:${created[0]?.id}:`));
      assert.equal(await cipher().decrypt(old, place('e4')), 'old');
      assert.equal(await cipher().decrypt(fresh, place('e5')), 'new');
    });

    // The scan reads the database file itself, which only SQLite has; the key handling it checks is the same code.
    const onSqlite = dialect.kind === 'sqlite' ? test : () => {};
    onSqlite('no master key and no data key in the clear is in the database', async () => {
      const c = cipher();
      await c.encrypt('x', place('e6'));
      const masters = keyring();
      const dataKeys = (await store.dataKeys.list())
        .filter((k) => masters.find(k.masterKeyId) !== undefined)
        .map((k) => Buffer.from(unwrapDataKey(masters.find(k.masterKeyId) as MasterKey, k.id, k.wrappedKey)));
      assert.ok(dataKeys.length > 0);
      await store.close();
      const config = database.config as { path: string };
      const bytes = Buffer.concat(
        [config.path, `${config.path}-wal`].filter((p) => statSafe(p)).map((p) => readFileSync(p)),
      );
      const file = readMasterKeyFile(env.MAMORI_KEYS_FILE as string);
      for (const key of Object.values(file.keys)) {
        const raw = Buffer.from(key, 'base64');
        for (const form of [
          raw,
          Buffer.from(key),
          Buffer.from(raw.toString('base64url')),
          Buffer.from(raw.toString('hex')),
        ]) {
          assert.equal(bytes.indexOf(form), -1, 'master key material found in the database file');
        }
      }
      for (const key of dataKeys) assert.equal(bytes.indexOf(key), -1, 'a data key in the clear in the database file');
      store = await openStore(database.config);
    });
  });
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
