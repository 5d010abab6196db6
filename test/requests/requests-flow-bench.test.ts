// The end-to-end request benchmark keeps working: a tiny run over HTTP on SQLite, every flow ending in a sent
// response that found the person, with its baseline measured beside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatRequestFlowTable, runRequestFlowBench } from '../../bench/requests-flow.ts';

test('the request-flow benchmark runs a disclosure and an erasure end to end and prints its table', async () => {
  const rows = await runRequestFlowBench({ subjects: 300, samples: 3, engines: ['sqlite'] });
  assert.deepEqual(
    rows.map((r) => [r.engine, r.flow, r.failures]),
    [
      ['sqlite', 'disclosure', 0],
      ['sqlite', 'erasure', 0],
    ],
  );
  const disclosure = rows[0];
  assert.deepEqual(
    disclosure?.steps.map((s) => s.name),
    ['submit', 'verify-identity', 'record-payment', 'search', 'review', 'approve', 'prepare-response', 'deliver'],
  );
  assert.ok(rows[1]?.steps.some((s) => s.name === 'execute'));
  for (const row of rows) assert.ok(row.p50Ms > 0 && row.baselineP50Ms > 0);
  assert.match(formatRequestFlowTable(rows), /find \+ export alone/);
});
