// Pure helpers every console form shares (web/src/console/forms): which API issue belongs to which field, and
// Japanese days.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { issuePathOf, issuesAt, isUnder } from '../../web/src/console/forms/issues.ts';
import { japanToday } from '../../web/src/console/forms/japan-time.ts';

/** A refusal as the API sends it (shared/api.ts ApiError carries `issues`). */
const refusal = (issues: { path: string | (string | number)[]; message: string }[]) =>
  Object.assign(new Error('Invalid request'), { issues });

test('an issue belongs to its field and to the fields above it, never to a field that only shares a prefix', () => {
  assert.equal(isUnder('facts.items.2', 'facts.items'), true);
  assert.equal(isUnder('facts.items', 'facts.items'), true);
  assert.equal(isUnder('titles', 'title'), false);
  assert.equal(isUnder('facts', 'facts.items'), false);
});

test('issuesAt gives every message of one field, read from dotted or array paths', () => {
  const error = refusal([
    { path: 'auditors.0.userId', message: 'Choose a user.' },
    { path: ['auditors', 1, 'department'], message: 'Independence.' },
    { path: 'auditorsNote', message: 'Too long.' },
    { path: 'title', message: 'Required.' },
  ]);
  assert.deepEqual(issuesAt(error, 'auditors'), ['Choose a user.', 'Independence.']);
  assert.deepEqual(issuesAt(error, 'auditors.1'), ['Independence.']);
  assert.deepEqual(issuesAt(error, 'title'), ['Required.']);
  assert.deepEqual(issuesAt(error, 'owner'), []);
  assert.equal(issuePathOf({ path: ['a', 0, 'b'], message: 'x' }), 'a.0.b');
});

test('a refusal without issues (a network failure, nothing at all) has no field messages', () => {
  assert.deepEqual(issuesAt(new Error('network'), 'title'), []);
  assert.deepEqual(issuesAt(undefined, 'title'), []);
  assert.deepEqual(issuesAt({ issues: 'not a list' }, 'title'), []);
});

test('japanToday is the calendar day in Tokyo, not in UTC', () => {
  assert.equal(japanToday(new Date('2026-03-31T14:59:59Z')), '2026-03-31');
  assert.equal(japanToday(new Date('2026-03-31T15:00:00Z')), '2026-04-01');
  assert.equal(japanToday(new Date('2026-12-31T15:30:00Z')), '2027-01-01');
});
