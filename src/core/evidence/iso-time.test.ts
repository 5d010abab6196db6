import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoTime } from './iso-time.ts';

const EDGES = [
  '1970-01-01T00:00:00.000Z',
  '1970-01-01T23:59:59.999Z',
  '2000-02-29T12:00:00.001Z',
  '2024-12-31T23:59:59.999Z',
  '2025-01-01T00:00:00.000Z',
  '2026-04-01T09:00:00.123Z',
  '9999-12-31T23:59:59.999Z',
];

test('isoTime writes what toISOString writes, at the edges of days, years and the admitted range', () => {
  for (const text of EDGES) assert.equal(isoTime(new Date(text)), text);
});

test('isoTime equals toISOString over random times, days changing from one call to the next', () => {
  const max = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
  let seed = 1;
  // A fixed pseudo-random walk: reproducible, and it revisits days so the cached date is used and replaced.
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  let time = 0;
  for (let i = 0; i < 20_000; i++) {
    time = i % 3 === 0 ? Math.floor(next() * max) : Math.min(max, time + Math.floor(next() * 90_000_000));
    const date = new Date(time);
    assert.equal(isoTime(date), date.toISOString());
  }
});
