import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../app-error.ts';
import type { DecisionRequest } from '../policy/decision.ts';
import { applicationScopeIssues, assertApplicationMayDecide } from './application-scope.ts';
import type { Principal } from './principal.ts';

const token = (purposes: string[] | 'all'): Principal => ({
  kind: 'application',
  id: 'ats',
  roles: ['application'],
  operators: ['op-a'],
  tokenId: 't-1',
  ledgerRoles: ['recruiter', 'coordinator'],
  purposes,
});
const request = (roles: string[], purpose: string): DecisionRequest => ({
  action: 'use',
  actor: { kind: 'application', id: 'ats', roles },
  operator: 'op-a',
  subject: { id: 'p-1', category: 'candidates' },
  items: ['name'],
  purpose,
});

// [token purposes, actor roles, purpose, paths of the issues]
const CASES: [string[] | 'all', string[], string, string[]][] = [
  ['all', ['recruiter'], 'recruitment', []],
  [['recruitment'], ['recruiter', 'coordinator'], 'recruitment', []],
  [['recruitment'], ['payroll-clerk'], 'recruitment', ['actor.roles.0']],
  [['recruitment'], ['recruiter'], 'payroll', ['purpose']],
  [['recruitment'], ['recruiter', 'payroll-clerk'], 'payroll', ['actor.roles.1', 'purpose']],
  ['all', [], 'anything', []],
];

for (const [purposes, roles, purpose, expected] of CASES) {
  test(`token for ${JSON.stringify(purposes)} deciding ${roles.join('+') || 'no roles'} / ${purpose}`, () => {
    const issues = applicationScopeIssues(token(purposes), request(roles, purpose));
    assert.deepEqual(
      issues.map((i) => i.path),
      expected,
    );
  });
}

test('users are not limited by token scopes', () => {
  const user: Principal = {
    kind: 'user',
    id: 'u',
    roles: ['privacy-staff'],
    operators: 'all',
    mfa: true,
    sessionId: 's',
  };
  assert.deepEqual(applicationScopeIssues(user, request(['anyone'], 'anything')), []);
});

test('a batch is refused as a whole (403) with each request’s problems', () => {
  assert.throws(
    () =>
      assertApplicationMayDecide(token(['recruitment']), [
        request(['recruiter'], 'recruitment'),
        request([], 'payroll'),
      ]),
    (e: unknown) =>
      e instanceof AppError && e.code === 'FORBIDDEN' && e.issues.map((i) => i.path).join() === 'requests.1.purpose',
  );
});
