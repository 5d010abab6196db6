import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../app-error.ts';
import { requireSecondPerson } from './second-person.ts';

const CASES: [string, string, string | undefined][] = [
  ['alice', 'bob', undefined],
  ['alice', 'alice', 'CONFLICT'],
  ['alice', 'Alice', undefined], // ids are exact: two accounts
  ['', 'bob', 'VALIDATION'],
  ['alice', ' ', 'VALIDATION'],
];

for (const [proposer, approver, code] of CASES) {
  test(`requireSecondPerson(${JSON.stringify(proposer)}, ${JSON.stringify(approver)}): ${code ?? 'ok'}`, () => {
    if (code === undefined) return assert.doesNotThrow(() => requireSecondPerson(proposer, approver));
    assert.throws(
      () => requireSecondPerson(proposer, approver),
      (e: unknown) => e instanceof AppError && e.code === code,
    );
  });
}

test('the refusal says why, naming the work', () => {
  assert.throws(
    () => requireSecondPerson('alice', 'alice', 'ledger proposal p-1'),
    /ledger proposal p-1.*second person/,
  );
});
