import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { IdTable } from './id-table.ts';

test('an id table finds the ids it was given, in their order, and nothing else', () => {
  const table = new IdTable([
    ['payroll', 1],
    ['123', 2],
    ['constructor', 3],
    ['payroll', 4],
  ]);
  assert.equal(table.size, 3);
  assert.deepEqual([...table.keys()], ['payroll', '123', 'constructor']);
  assert.deepEqual(
    [...table],
    [
      ['payroll', 4],
      ['123', 2],
      ['constructor', 3],
    ],
  );
  assert.equal(table.get('payroll'), 4);
  assert.equal(table.get('123'), 2);
  assert.equal(table.get('constructor'), 3);
  assert.equal(table.has('constructor'), true);
  // Nothing inherited: no prototype, so Object.prototype's names are unknown ids like any other.
  for (const id of ['__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'prototype', '']) {
    assert.equal(table.get(id), undefined, id);
    assert.equal(table.has(id), false, id);
  }
  // A number is not the id "123", as in a Map; "0123" and "123.0" are other ids.
  assert.equal(table.get(123 as unknown as string), undefined);
  assert.equal(table.has(123 as unknown as string), false);
  assert.equal(table.get('0123'), undefined);
  assert.equal(table.get('123.0'), undefined);
});

test('an id table can hold "__proto__" as an ordinary id', () => {
  const table = new IdTable([['__proto__', 'p']]);
  assert.equal(table.get('__proto__'), 'p');
  assert.equal(table.get('toString'), undefined);
  assert.deepEqual([...table.keys()], ['__proto__']);
});

test('ids from YAML, JSON.parse, slices and concatenation find the same entries', () => {
  const fromYaml = parse('ids: [payroll-calc, "123", constructor, 給与]').ids as string[];
  const table = new IdTable(fromYaml.map((id, i) => [id, i] as const));
  const fromJson = JSON.parse(JSON.stringify(fromYaml)) as string[];
  const built = ['payroll-' + 'calc', String(123), ['con', 'structor'].join(''), '給' + '与'];
  const sliced = fromYaml.map((id) => ` ${id} `.slice(1, -1));
  for (const ids of [fromYaml, fromJson, built, sliced]) {
    assert.deepEqual(
      ids.map((id) => table.get(id)),
      [0, 1, 2, 3],
    );
  }
});
