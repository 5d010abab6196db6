import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLedger } from '../../../test/notice/notice-expectations.ts';
import type { ConsentRecord, ConsentStatus } from './consent-record.ts';
import { informationVersion, preferenceChoices, statusToRecord } from './preference-choices.ts';

const DEMO = loadLedger(new URL('../../../examples/demo/', import.meta.url).pathname);
const NOW = new Date('2026-06-01T00:00:00Z');
const options = { lang: 'en' as const, noticeVersion: 4, now: NOW };
const record = (status: ConsentStatus, scope: ConsentRecord['scope'], at = '2026-05-01T00:00:00Z'): ConsentRecord => ({
  id: `c-${status}-${at}`,
  subjectId: 'pc-1',
  status,
  scope,
  method: 'privacy-center',
  recordedBy: 'privacy-center',
  at: new Date(at),
});
const choices = (consents: ConsentRecord[] = []) =>
  new Map(preferenceChoices(DEMO, { consents, suspensions: [] }, options).map((c) => [c.id, c]));

test('offers the purposes that need consent or allow opting out, and active third parties by consent or opt-out', () => {
  const offered = choices();
  assert.deepEqual(
    [...offered.values()].map((c) => `${c.kind}:${c.id}:${c.mode}`),
    [
      'purpose:newsletter:opt-out',
      'purpose:partner-offers:opt-in',
      'purpose:targeted-job-ads:opt-in',
      'recipient:client-companies:opt-in',
      'recipient:global-talent-exchange:opt-in',
      'recipient:eu-recruiting-partner:opt-in',
      'recipient:outplacement-partner:opt-in',
      'recipient:job-ad-network:opt-in',
    ],
  );
  const abroad = offered.get('global-talent-exchange');
  assert.equal(abroad?.overseas?.countryName, 'United States of America');
  assert.ok(abroad?.overseas?.system.some((line) => line.includes('USA_report.pdf')));
  assert.match(abroad?.overseas?.foreignSystemImpact ?? '', /no comprehensive federal privacy law/);
  assert.deepEqual(abroad?.scope, { recipient: 'global-talent-exchange', country: 'US' });
  assert.equal(abroad?.informationVersion, 'notice-v4+ot1-us-2026-04');
  assert.equal(offered.get('client-companies')?.overseas, undefined);
  assert.deepEqual(offered.get('client-companies')?.scope, { recipient: 'client-companies' });
  assert.equal(offered.get('newsletter')?.informationVersion, informationVersion(4));
});

const cases: {
  name: string;
  id: string;
  consents: ConsentRecord[];
  active: boolean;
  on: ConsentStatus | undefined;
  off: ConsentStatus | undefined;
}[] = [
  { name: 'opt-out, never asked', id: 'newsletter', consents: [], active: true, on: undefined, off: 'refused' },
  {
    name: 'opt-out, objected',
    id: 'newsletter',
    consents: [record('refused', { purpose: 'newsletter' })],
    active: false,
    on: 'given',
    off: undefined,
  },
  { name: 'opt-in, never asked', id: 'partner-offers', consents: [], active: false, on: 'given', off: 'refused' },
  {
    name: 'opt-in, given',
    id: 'partner-offers',
    consents: [record('given', { purpose: 'partner-offers' })],
    active: true,
    on: undefined,
    off: 'withdrawn',
  },
  {
    name: 'opt-in, given then withdrawn',
    id: 'partner-offers',
    consents: [
      record('given', { purpose: 'partner-offers' }),
      record('withdrawn', { purpose: 'partner-offers' }, '2026-05-02T00:00:00Z'),
    ],
    active: false,
    on: 'given',
    off: undefined,
  },
  {
    name: 'a consent recorded after now does not count yet',
    id: 'partner-offers',
    consents: [record('given', { purpose: 'partner-offers' }, '2026-07-01T00:00:00Z')],
    active: false,
    on: 'given',
    off: 'refused',
  },
  {
    name: 'a recipient consent scoped to its own country',
    id: 'global-talent-exchange',
    consents: [record('given', { recipient: 'global-talent-exchange', country: 'US' })],
    active: true,
    on: undefined,
    off: 'withdrawn',
  },
];

for (const c of cases) {
  test(`state and what a change records: ${c.name}`, () => {
    const choice = choices(c.consents).get(c.id);
    assert.ok(choice);
    assert.equal(choice.active, c.active);
    assert.equal(statusToRecord(choice, true), c.on);
    assert.equal(statusToRecord(choice, false), c.off);
  });
}
