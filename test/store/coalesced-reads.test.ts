import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CoalescedReads } from '../../src/store/coalesced-reads.ts';

test('asks of one turn become one read; each caller gets its own rows, unknown ids none', async () => {
  const calls: (readonly string[])[] = [];
  const reads = new CoalescedReads<string>(async (ids) => {
    calls.push(ids);
    return new Map(ids.filter((id) => id !== 'nobody').map((id) => [id, [`${id}-row`]]));
  });
  const answers = await Promise.all(['a', 'b', 'a', 'nobody'].map((id) => reads.read(id)));
  assert.deepEqual(answers, [['a-row'], ['b-row'], ['a-row'], []]);
  assert.deepEqual(calls, [['a', 'b', 'nobody']]);
  assert.deepEqual(await reads.read('c'), ['c-row'], 'a later ask is a new read');
  assert.equal(calls.length, 2);
});

test('a failed read fails every caller of its wave, and the next wave reads again', async () => {
  let fail = true;
  const reads = new CoalescedReads<string>(async (ids) => {
    if (fail) throw new Error('database gone');
    return new Map(ids.map((id) => [id, [id]]));
  });
  const settled = await Promise.allSettled([reads.read('a'), reads.read('b')]);
  assert.deepEqual(
    settled.map((s) => s.status),
    ['rejected', 'rejected'],
  );
  fail = false;
  assert.deepEqual(await reads.read('a'), ['a']);
});

test('a large wave is read in parts of at most 500 ids', async () => {
  const sizes: number[] = [];
  const reads = new CoalescedReads<number>(async (ids) => {
    sizes.push(ids.length);
    return new Map(ids.map((id) => [id, [Number(id)]]));
  });
  const answers = await Promise.all(Array.from({ length: 1200 }, (_, i) => reads.read(String(i))));
  assert.deepEqual(sizes, [500, 500, 200]);
  assert.deepEqual(
    answers.map((rows) => rows[0]),
    Array.from({ length: 1200 }, (_, i) => i),
  );
});
