import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loginStage, MFA_REQUIRED, needsMfa } from './login-stage.ts';
import { SYSTEM_ROLES, type SystemRole } from './principal.ts';

test('every role that reads personal data or changes the ledger needs a second factor', () => {
  for (const role of SYSTEM_ROLES) assert.equal(needsMfa([role]), role !== 'application', role);
  assert.equal(Object.keys(MFA_REQUIRED).length, SYSTEM_ROLES.length);
});

test('login stages: second factor, then password change, then enrolment', () => {
  const admin: SystemRole[] = ['administrator'];
  const table: [string, { must: boolean; totp: boolean; verified: boolean; roles?: SystemRole[] }, string][] = [
    ['enrolled, not verified', { must: false, totp: true, verified: false }, 'totp-required'],
    ['enrolled, must change, not verified', { must: true, totp: true, verified: false }, 'totp-required'],
    ['enrolled, must change, verified', { must: true, totp: true, verified: true }, 'password-change-required'],
    [
      'first login of the bootstrap administrator',
      { must: true, totp: false, verified: false },
      'password-change-required',
    ],
    ['password changed, not enrolled', { must: false, totp: false, verified: false }, 'totp-enrolment-required'],
    ['enrolled and verified', { must: false, totp: true, verified: true }, 'complete'],
    ['no role needs it', { must: false, totp: false, verified: false, roles: [] }, 'complete'],
  ];
  for (const [name, c, expected] of table) {
    const stage = loginStage(
      { roles: c.roles ?? admin, mustChangePassword: c.must, totpEnabled: c.totp },
      { mfaVerified: c.verified },
    );
    assert.equal(stage, expected, name);
  }
});
