import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatasetAnnotationsSchema } from '../dataset/dataset-annotations.ts';
import type { DatasetRow } from '../dataset/dataset-rows.ts';
import { personContact } from './person-contact.ts';

const annotations = DatasetAnnotationsSchema.parse({
  system: 'hr',
  tables: {
    candidates: {
      key: 'id',
      identity: { email: 'email', name: { family: 'family', given: 'given', birthDate: 'born' } },
      columns: { email: { item: 'email' }, family: { item: 'name' }, given: { item: 'name' } },
    },
    staff: {
      key: 'id',
      identity: { email: 'email', staffNumber: 'no', name: { family: 'family', given: 'given', birthDate: 'born' } },
      references: [{ column: 'candidate_id', table: 'candidates' }],
      columns: {
        email: { item: 'email' },
        family: { item: 'name' },
        given: { item: 'name' },
        postal_code: { item: 'address' },
        prefecture: { item: 'address' },
        city: { item: 'address' },
      },
    },
    insurance: {
      key: 'id',
      identity: { myNumberHash: 'mn' },
      references: [{ column: 'staff_id', table: 'staff' }],
      columns: { mn: { item: 'my-number' } },
    },
    family: {
      key: 'id',
      identity: { name: { family: 'family', given: 'given', birthDate: 'born' } },
      references: [{ column: 'staff_id', table: 'staff', samePerson: false }],
      columns: { family: { item: 'name' } },
    },
  },
});
const rows = (entries: Record<string, DatasetRow[]>) =>
  new Map(Object.entries(entries).map(([t, list]) => [t, new Map(list.map((r) => [String(r.id), r]))]));

test('the latest own register names the person; fields merge; family rows and My Number rows are not the person', () => {
  const found = rows({
    candidates: [{ id: 4, email: 'old@example.jp', family: '佐藤', given: '花子' }],
    staff: [
      {
        id: 9,
        email: null,
        family: '鈴木',
        given: '花子',
        postal_code: '100-0001',
        prefecture: '東京都',
        city: '千代田区',
      },
    ],
    insurance: [{ id: 2, mn: 'abc' }],
    family: [{ id: 1, family: '鈴木', given: '一郎' }],
  });
  assert.deepEqual(personContact(annotations, found), {
    subjectRef: 'hr:staff:9',
    name: '鈴木 花子',
    email: 'old@example.jp',
    postalCode: '100-0001',
    address: '東京都 千代田区',
  });
});

test('a candidate only; nothing of the person’s own: undefined', () => {
  assert.equal(
    personContact(annotations, rows({ candidates: [{ id: 4, email: 'a@example.jp', family: '佐藤', given: '' }] }))
      ?.subjectRef,
    'hr:candidates:4',
  );
  assert.equal(personContact(annotations, rows({ family: [{ id: 1, family: '鈴木', given: '一郎' }] })), undefined);
  assert.equal(personContact(annotations, rows({})), undefined);
});
