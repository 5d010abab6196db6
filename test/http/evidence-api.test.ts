import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { OpenAPIHono } from '@hono/zod-openapi';
import { silentLogger } from '../../src/app/logger.ts';
import type { Store } from '../../src/app/ports.ts';
import { handleError } from '../../src/http/handle-error.ts';
import { registerEvidenceRoutes } from '../../src/http/routes/evidence-routes.ts';
import { validationHook } from '../../src/http/validation-hook.ts';
import { openStore } from '../../src/store/open-store.ts';
import { events, keysOf, newSigningKey, openRaw } from '../store/evidence-support.ts';

// The routes alone (create-app.ts adds authentication in front of /api/v1/*).
const dir = mkdtempSync(join(tmpdir(), 'mamori-evidence-http-'));
const config = { kind: 'sqlite', path: join(dir, 'mamori.sqlite') } as const;
const key = newSigningKey();
let store: Store;
let app: OpenAPIHono;

before(async () => {
  store = await openStore(config, { evidence: { signingKey: key, checkpoints: { entries: 10, seconds: 3600 } } });
  for (let batch = 0; batch < 5; batch++) await store.evidence.appendMany(events(batch * 5 + 1, 5));
  app = new OpenAPIHono({ defaultHook: validationHook });
  registerEvidenceRoutes(app, { store, evidenceKeys: keysOf(key) });
  app.onError(handleError(silentLogger));
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string): Promise<{ status: number; body: any }> => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
};

test('GET /api/v1/evidence pages in seq order with a cursor and filters', async () => {
  const first = await get('/api/v1/evidence?limit=10');
  assert.equal(first.status, 200);
  assert.deepEqual(
    first.body.items.map((e: { seq: number }) => e.seq),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
  assert.equal(first.body.next, 10);
  const second = await get(`/api/v1/evidence?limit=20&after=${first.body.next}`);
  assert.equal(second.body.items[0].seq, 11);
  assert.equal(second.body.next, undefined);
  const reads = await get('/api/v1/evidence?type=read&subject=p-2&from=2026-04-01T09:00:00.000Z');
  assert.deepEqual(
    reads.body.items.map((e: { seq: number }) => e.seq),
    [2, 12, 22],
  );
  assert.deepEqual(reads.body.items[0].payload, { items: ['name', 'department'], n: 2, purpose: 'payroll' });
  const bad = await get('/api/v1/evidence?type=gossip&limit=0');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.code, 'VALIDATION');
});

test('GET /api/v1/evidence/public-key publishes the key and its id', async () => {
  const { status, body } = await get('/api/v1/evidence/public-key');
  assert.equal(status, 200);
  assert.deepEqual(
    { ...body, trusted: body.trusted.length },
    { algorithm: 'Ed25519', keyId: key.publicKey.keyId, publicKey: key.publicKey.pem, trusted: 1 },
  );
  const checkpoints = await get('/api/v1/evidence/checkpoints?limit=2');
  assert.deepEqual(
    checkpoints.body.items.map((c: { seq: number }) => c.seq),
    [5, 15],
  );
});

test('GET /api/v1/evidence/verify reports ok, then the first bad entry', async () => {
  const ok = await get('/api/v1/evidence/verify');
  assert.equal(ok.status, 200);
  assert.deepEqual([ok.body.ok, ok.body.entries, ok.body.anchor], [true, 25, 'genesis']);
  assert.equal((await get('/api/v1/evidence/verify?from=3&to=8')).body.entries, 6);
  assert.equal((await get('/api/v1/evidence/verify?to=99')).status, 400);
  const raw = await openRaw(config);
  try {
    await raw.bypassingTriggers(() => raw.query('DELETE FROM evidence_entries WHERE seq = 13').then());
  } finally {
    await raw.close();
  }
  const bad = await get('/api/v1/evidence/verify');
  assert.equal(bad.body.ok, false);
  assert.deepEqual([bad.body.problem.seq, bad.body.problem.kind], [13, 'deleted']);
});
