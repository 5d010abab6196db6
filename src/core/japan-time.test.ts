import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addJapanDays, endOfJapanDay, japanDate } from './japan-time.ts';

test('Japan calendar days, whatever the server time zone', () => {
  assert.equal(japanDate(new Date('2026-03-31T15:00:00Z')), '2026-04-01', '00:00 JST on 1 April');
  assert.equal(japanDate(new Date('2026-03-31T14:59:59Z')), '2026-03-31');
  assert.deepEqual(endOfJapanDay('2026-04-15'), new Date('2026-04-15T14:59:59.999Z'));
  assert.deepEqual(addJapanDays(new Date('2026-03-31T16:00:00Z'), 14), new Date('2026-04-15T14:59:59.999Z'));
});
