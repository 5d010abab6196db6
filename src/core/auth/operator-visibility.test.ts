import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompiledPolicy, CompiledPurpose } from '../policy/compiled-policy.ts';
import { consentVisible, purposeVisible } from './operator-visibility.ts';
import type { Principal } from './principal.ts';

const purpose = (operators?: string[]) =>
  ({ operators: operators && new Set(operators) }) as unknown as CompiledPurpose;
const policy = {
  purposes: new Map([
    ['payroll', purpose(['op-a'])],
    ['shared-hr', purpose(['op-a', 'op-b'])],
    ['newsletter', purpose()],
  ]),
} as unknown as CompiledPolicy;

const staff = (operators: string[] | 'all'): Principal => ({
  kind: 'user',
  id: 'u',
  roles: ['privacy-staff'],
  operators,
  mfa: true,
  sessionId: 's',
});

// [principal operators, purpose, visible]
const CASES: [string[] | 'all', string, boolean][] = [
  [['op-a'], 'payroll', true],
  [['op-b'], 'payroll', false],
  [['op-b'], 'shared-hr', true],
  [['op-c'], 'newsletter', true], // no operators named: the whole group uses it
  [['op-c'], 'unknown-purpose', false],
  ['all', 'unknown-purpose', true],
  ['all', 'payroll', true],
  [[], 'payroll', false],
];

for (const [operators, name, visible] of CASES) {
  test(`purpose ${name} for a principal of ${JSON.stringify(operators)}: ${visible ? 'visible' : 'hidden'}`, () => {
    assert.equal(purposeVisible(staff(operators), policy, name), visible);
  });
}

test('consents and suspensions follow their purpose; without one they concern the whole group', () => {
  const opB = staff(['op-b']);
  assert.equal(consentVisible(opB, policy, { scope: { purpose: 'payroll' } }), false);
  assert.equal(consentVisible(opB, policy, { scope: { recipient: 'ads-partner' } }), true);
  assert.equal(consentVisible(opB, policy, { purpose: 'payroll' }), false);
  assert.equal(consentVisible(opB, policy, {}), true);
  assert.equal(consentVisible({ kind: 'anonymous' }, policy, {}), false);
});
