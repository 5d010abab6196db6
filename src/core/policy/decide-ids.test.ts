import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { SubjectState } from '../consent/consent-record.ts';
import { type Ledger, LedgerSchema } from '../ledger/ledger.ts';
import { compilePolicy } from './compiled-policy.ts';
import { decide } from './decide.ts';
import { decideBatch } from './decide-batch.ts';
import { ACTIONS, type DecisionRequest } from './decision.ts';

// Ids are looked up through null-prototype objects (id-table.ts): ids of any origin must find the same ledger
// elements, and names of Object.prototype or numeric-looking ids must mean nothing more than any other string.
const TEXT = readFileSync(new URL('../../../test/fixtures/policy-ledger.yaml', import.meta.url), 'utf8');
const LEDGER = LedgerSchema.parse(parse(TEXT));
const NOW = new Date('2026-06-01T03:00:00Z');
const AT = new Date('2026-05-01T00:00:00Z');
const STATE: SubjectState = {
  consents: [
    {
      id: 'c-1',
      subjectId: 'p',
      status: 'given',
      scope: { purpose: 'partner-offers' },
      method: 'web',
      recordedBy: 't',
      at: AT,
    },
    {
      id: 'c-2',
      subjectId: 'p',
      status: 'given',
      scope: { recipient: 'client' },
      method: 'web',
      recordedBy: 't',
      at: AT,
    },
  ],
  suspensions: [{ id: 's-1', subjectId: 'p', kind: 'use', purpose: 'research', since: AT }],
};

function requests(ledger: Ledger): DecisionRequest[] {
  const out: DecisionRequest[] = [];
  const parties = [...ledger.recipients, ...ledger.contractors, ...ledger.jointUses].map((p) => p.id);
  for (const action of ACTIONS) {
    for (const purpose of ledger.purposes) {
      const roles = ledger.roles.filter((r) => r.purposes.includes(purpose.id)).map((r) => r.id);
      for (const category of ledger.subjectCategories) {
        const base = {
          action,
          actor: { kind: 'user' as const, id: 'u', roles },
          operator: ledger.operators[0]?.id ?? 'none',
          subject: { id: 'p', category: category.id },
          items: purpose.items,
          purpose: purpose.id,
        };
        out.push(base);
        for (const recipient of parties) out.push({ ...base, recipient });
      }
    }
  }
  return out;
}

test('ids parsed from JSON decide as the same ids read from YAML, whichever side they come from', () => {
  const fromYaml = compilePolicy(LEDGER, 1);
  const fromJson = compilePolicy(JSON.parse(JSON.stringify(LEDGER)) as Ledger, 1);
  const yamlRequests = requests(LEDGER);
  const jsonRequests = JSON.parse(JSON.stringify(yamlRequests)) as DecisionRequest[];
  const states = new Map([['p', STATE]]);
  const expected = yamlRequests.map((r) => decide(fromYaml, r, STATE, NOW));
  assert.ok(expected.some((d) => d.allowed) && expected.some((d) => !d.allowed));
  assert.deepEqual(
    jsonRequests.map((r) => decide(fromYaml, r, STATE, NOW)),
    expected,
  );
  assert.deepEqual(
    yamlRequests.map((r) => decide(fromJson, r, STATE, NOW)),
    expected,
  );
  assert.deepEqual(decideBatch(fromYaml, jsonRequests, states, NOW), expected);
});

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '123', '0', ''];

test('names of Object.prototype and numeric-looking ids that the ledger lacks are unknown ids', () => {
  const policy = compilePolicy(LEDGER, 1);
  const base: DecisionRequest = {
    action: 'use',
    actor: { kind: 'user', id: 'u', roles: ['coordinator'] },
    operator: 'staffing',
    subject: { id: 'p', category: 'staff' },
    items: ['name'],
    purpose: 'matching',
  };
  const codes = (request: DecisionRequest) => decide(policy, request, STATE, NOW).reasons.map((r) => r.code);
  for (const id of PROTOTYPE_NAMES) {
    assert.deepEqual(codes({ ...base, operator: id }), ['OPERATOR_UNKNOWN'], id);
    assert.deepEqual(codes({ ...base, purpose: id }), ['PURPOSE_UNKNOWN'], id);
    assert.deepEqual(codes({ ...base, items: ['name', id] }), ['ITEM_UNKNOWN'], id);
    assert.deepEqual(codes({ ...base, actor: { kind: 'user', id: 'u', roles: [id] } }), ['ROLE_NOT_PERMITTED'], id);
    const category = decide(policy, { ...base, subject: { id: 'p', category: id } }, STATE, NOW).reasons[0];
    assert.deepEqual(category?.element, { kind: 'category', id }, id);
    for (const [action, code] of [
      ['provide', 'RECIPIENT_UNKNOWN'],
      ['entrust', 'CONTRACTOR_UNKNOWN'],
      ['joint-use', 'JOINT_USE_UNKNOWN'],
    ] as const) {
      const decision = decide(policy, { ...base, action, recipient: id }, STATE, NOW);
      assert.equal(decision.allowed, false, `${action} ${id}`);
      assert.ok(
        decision.reasons.some((r) => r.code === code),
        `${action} ${id}: ${decision.reasons.map((r) => r.code)}`,
      );
    }
    const message = decide(policy, { ...base, operator: id }, STATE, NOW).reasons[0]?.message;
    assert.equal(message, `operator "${id}" is not in the ledger`);
  }
  // Not a string at all (an unvalidated caller): unknown, as a Map would have it, not the id "123".
  const numeric = { ...base, operator: 123 as unknown as string };
  assert.deepEqual(codes(numeric), ['OPERATOR_UNKNOWN']);
});

test('ledger ids named like Object.prototype members or numbers are found like any other', () => {
  const rename = (id: string) =>
    ({ staffing: '123', matching: '0', skills: 'constructor', coordinator: 'constructor', client: '007' })[id] ?? id;
  const renamed = JSON.parse(JSON.stringify(LEDGER), (key, value) =>
    typeof value === 'string' && key !== 'ja' && key !== 'en' ? rename(value) : value,
  ) as Ledger;
  // "staffing" is also a business line, which keeps its name.
  const policy = compilePolicy(
    {
      ...renamed,
      operators: renamed.operators.map((op, i) => ({ ...op, businessLines: LEDGER.operators[i]?.businessLines ?? [] })),
    },
    1,
  );
  const original = compilePolicy(LEDGER, 1);
  const renameRequest = (r: DecisionRequest): DecisionRequest =>
    JSON.parse(JSON.stringify(r), (_key, value) => (typeof value === 'string' ? rename(value) : value));
  const renamedState: SubjectState = {
    ...STATE,
    consents: STATE.consents.map((c) => ({
      ...c,
      scope: c.scope.recipient ? { recipient: rename(c.scope.recipient) } : c.scope,
    })),
  };
  let allowed = 0;
  for (const request of requests(LEDGER)) {
    const expected = decide(original, request, STATE, NOW);
    const got = decide(policy, renameRequest(request), renamedState, NOW);
    assert.equal(got.allowed, expected.allowed, JSON.stringify(request));
    assert.deepEqual(
      got.reasons.map((r) => [r.code, r.element && { ...r.element, id: r.element.id }]),
      expected.reasons.map((r) => [r.code, r.element && { ...r.element, id: rename(r.element.id) }]),
      JSON.stringify(request),
    );
    if (got.allowed) allowed++;
  }
  assert.ok(allowed > 10, `${allowed} allowed`);
  const asked: DecisionRequest = {
    action: 'use',
    actor: { kind: 'user', id: 'u', roles: ['constructor'] },
    operator: '123',
    subject: { id: 'p', category: 'staff' },
    items: ['name', 'constructor'],
    purpose: '0',
  };
  const decision = decide(policy, asked, STATE, NOW);
  assert.equal(decision.allowed, true);
  assert.equal(decision.reasons[0]?.message, 'purpose 0 is declared for staff and these items');
});
