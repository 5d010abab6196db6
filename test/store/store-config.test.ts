import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { AppError } from '../../src/core/app-error.ts';
import { type StoreConfig, storeConfigFromEnv } from '../../src/store/store-config.ts';

const cases: readonly { name: string; env: Record<string, string>; dataDir?: string; expected: StoreConfig }[] = [
  { name: 'nothing set: SQLite in ./data', env: {}, expected: { kind: 'sqlite', path: resolve('data/mamori.sqlite') } },
  {
    name: 'MAMORI_DATA moves the SQLite file',
    env: { MAMORI_DATA: '/var/lib/mamori' },
    expected: { kind: 'sqlite', path: '/var/lib/mamori/mamori.sqlite' },
  },
  {
    name: 'an explicit data dir wins over MAMORI_DATA',
    env: { MAMORI_DATA: '/var/lib/mamori' },
    dataDir: '/srv/mamori',
    expected: { kind: 'sqlite', path: '/srv/mamori/mamori.sqlite' },
  },
  {
    name: 'DATABASE_URL picks PostgreSQL',
    env: { DATABASE_URL: 'postgres://mamori@db:5432/mamori', MAMORI_DATA: '/var/lib/mamori' },
    expected: { kind: 'postgres', url: 'postgres://mamori@db:5432/mamori' },
  },
  {
    name: 'an empty DATABASE_URL is unset',
    env: { DATABASE_URL: ' ', MAMORI_DATA: '/x' },
    expected: { kind: 'sqlite', path: '/x/mamori.sqlite' },
  },
];

for (const { name, env, dataDir, expected } of cases) {
  test(`storeConfigFromEnv: ${name}`, () => {
    assert.deepEqual(storeConfigFromEnv(env, dataDir), expected);
  });
}

test('storeConfigFromEnv rejects a DATABASE_URL that is not PostgreSQL', () => {
  assert.throws(
    () => storeConfigFromEnv({ DATABASE_URL: 'mysql://db/mamori' }),
    (error) => error instanceof AppError && error.code === 'VALIDATION' && error.issues[0]?.path === 'DATABASE_URL.url',
  );
});
