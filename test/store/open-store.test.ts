import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../src/core/app-error.ts';
import { openStore } from '../../src/store/open-store.ts';

test('openStore on a PostgreSQL that does not answer fails as INTERNAL with the cause kept', async () => {
  await assert.rejects(
    openStore({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/mamori' }),
    (error) => error instanceof AppError && error.code === 'INTERNAL' && error.cause instanceof Error,
  );
});

test('openStore validates its config', async () => {
  await assert.rejects(
    openStore({ kind: 'sqlite', path: '' }),
    (error) => error instanceof AppError && error.code === 'VALIDATION',
  );
});
