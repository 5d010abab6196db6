import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

// The decision benchmark on a small set: every engine (Cedar, Casbin, the baselines, the batch and prepared APIs)
// must give Mamori's answers. A child process, because cedar-wasm needs a V8 flag on Node 20.
test('every engine of the decision benchmark agrees with Mamori', () => {
  const run = spawnSync(
    process.execPath,
    [
      '--no-turbo-inline-js-wasm-calls',
      '--import',
      'tsx',
      'bench/decisions/run-decisions.ts',
      '--count',
      '3000',
      '--cedar-subset',
      '150',
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  const rows = run.stdout
    .split('\n')
    .filter((line) => /^(mamori|baseline|casbin|cedar)/.test(line) && /x\s/.test(line));
  assert.equal(rows.length, 9, run.stdout);
  for (const row of rows) assert.equal(row.trim().split(/\s+/).at(-2), '0', `mismatches in: ${row}`);
});
