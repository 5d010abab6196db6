import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ledgerJsonSchema } from './ledger-json-schema.ts';

test('the committed JSON Schema is the one generated from the validating schema', () => {
  const committed = JSON.parse(readFileSync(new URL('../../../schema/ledger.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(committed, ledgerJsonSchema(), 'run: npx mamori ledger schema --out schema/ledger.schema.json');
});

test('the JSON Schema requires what the validator requires', () => {
  const schema = ledgerJsonSchema() as { required?: string[]; properties?: Record<string, unknown> };
  assert.deepEqual([...(schema.required ?? [])].sort(), [
    'dataItems',
    'ledger',
    'operators',
    'purposes',
    'requestProcedures',
    'subjectCategories',
  ]);
  assert.ok(schema.properties && 'jointUses' in schema.properties);
});
