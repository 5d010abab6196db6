// The console's roster for training assignments: "staffId,email" lines (or bare ids), headers naming the e-mail
// column, and the API's refusals placed back on the line each entry came from.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rosterProblems } from '../../web/src/console/management/csv-problems.ts';
import { parseRoster, parseStaffList } from '../../web/src/console/management/staff-list.ts';

test('parseRoster reads "id,email" lines, bare ids, and CSV files with an e-mail column', () => {
  assert.deepEqual(parseRoster('S-1,hanako@example.jp\n\nS-2\r\nS-3 , taro@example.jp \n'), [
    { staffId: 'S-1', email: 'hanako@example.jp', line: 1 },
    { staffId: 'S-2', line: 3 },
    { staffId: 'S-3', email: 'taro@example.jp', line: 4 },
  ]);
  // A header names the columns: the e-mail column wherever it is; a name column is not an address.
  assert.deepEqual(parseRoster('\uFEFFstaff_id,name,email\n"S-1",Sato,"s1@example.jp"\n'), [
    { staffId: 'S-1', email: 's1@example.jp', line: 2 },
  ]);
  assert.deepEqual(parseRoster('staff_id,name\nS-1,Sato\n'), [{ staffId: 'S-1', line: 2 }]);
  // Without a header the second field is the address, even a wrong one: the API refuses it at its line.
  assert.deepEqual(parseRoster('S-1,Sato'), [{ staffId: 'S-1', email: 'Sato', line: 1 }]);
  // Exact repeats once; the same person with an address and without both go (the API keeps the address).
  assert.deepEqual(parseRoster('S-1,a@example.jp\nS-1,a@example.jp\nS-1\n'), [
    { staffId: 'S-1', email: 'a@example.jp', line: 1 },
    { staffId: 'S-1', line: 3 },
  ]);
  assert.deepEqual(parseRoster('S-1 S-2\tS-3'), [
    { staffId: 'S-1', line: 1 },
    { staffId: 'S-2', line: 1 },
    { staffId: 'S-3', line: 1 },
  ]);
  assert.deepEqual(parseStaffList('S-1,a@example.jp\nS-1\nS-2'), ['S-1', 'S-2']);
});

test('rosterProblems puts the API issues on the roster lines the entries came from', () => {
  const lines = parseRoster('staff_id,email\nS-1,a@example.jp\n\nS-2,nope\nS-3,b@example\n');
  assert.deepEqual(
    rosterProblems(
      [
        { path: 'staff.2.email', message: 'not an e-mail address' },
        { path: ['staff', 1, 'email'], message: 'not an e-mail address' },
        { path: 'staff', message: 'give either staffIds or staff' },
      ],
      lines,
    ),
    [
      { line: undefined, column: undefined, message: 'give either staffIds or staff' },
      { line: 4, column: 'email', message: 'not an e-mail address' },
      { line: 5, column: 'email', message: 'not an e-mail address' },
    ],
  );
});
