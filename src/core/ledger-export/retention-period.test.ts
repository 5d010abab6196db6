import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RetentionRuleSchema } from '../ledger/retention-rule.ts';
import { formatPeriod, formatRetention, longestRule } from './retention-period.ts';

const PERIODS = [
  [{ years: 1 }, '1 year', '1年'],
  [{ years: 5 }, '5 years', '5年'],
  [{ years: 1, months: 6 }, '1 year 6 months', '1年6か月'],
  [{ days: 30 }, '30 days', '30日'],
] as const;

for (const [period, en, ja] of PERIODS) {
  test(`formatPeriod ${JSON.stringify(period)}`, () => {
    assert.equal(formatPeriod(period, 'en'), en);
    assert.equal(formatPeriod(period, 'ja'), ja);
  });
}

const rule = (input: Record<string, unknown>) =>
  RetentionRuleSchema.parse({ id: 'r', items: ['x'], trigger: 'employment-end', ...input });

test('a statutory rule reads with its statutory period and basis', () => {
  const statutory = rule({ statutory: 'tax-declarations' });
  assert.equal(formatRetention(statutory, 'en'), '7 years from end of employment (Income Tax Rules Art. 76-3)');
  assert.equal(formatRetention(statutory, 'ja'), '退職から7年（所得税法施行規則第76条の3）');
});

test('a rule without a fixed period reads with its description', () => {
  const open = rule({ periodDescription: { ja: '必要な期間', en: 'as long as needed' } });
  assert.equal(formatRetention(open, 'en'), 'as long as needed');
});

test('longestRule prefers the longest effective period; open-ended rules promise none', () => {
  const short = rule({ id: 'short', period: { months: 6 } });
  const statutory = rule({ id: 'statutory', statutory: 'labour-records' });
  const open = rule({ id: 'open', periodDescription: { ja: '必要な期間', en: 'as needed' } });
  assert.equal(longestRule([short, statutory, open])?.id, 'statutory');
  assert.equal(longestRule([open, short])?.id, 'short');
  assert.equal(longestRule([]), undefined);
});
