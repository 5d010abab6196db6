// One suite, every engine (Kysely style): the same generated data, the same requests, the same answers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkAnnotations } from '../../src/app/check-annotations.ts';
import type { ConnectorEngine } from '../../src/app/connector.ts';
import { correctPersonData } from '../../src/app/correct-person-data.ts';
import { erasePersonData } from '../../src/app/erase-person-data.ts';
import { findInDataset, findPersonData } from '../../src/app/find-person-data.ts';
import { demoPerson } from '../../src/connectors/demo/demo-person.ts';
import { toHalfWidthKana, toHiragana } from '../../src/connectors/demo/kana.ts';
import { AppError } from '../../src/core/app-error.ts';
import type { FoundRows } from '../../src/core/dataset/dataset-rows.ts';
import type { PersonIdentity } from '../../src/core/dataset/person-identity.ts';
import { planErasure } from '../../src/core/dataset/plan-erasure.ts';
import { createDemoFixture, type DemoFixture, NOW, SETTINGS, TEST_KEY } from './demo-fixture.ts';

const SUBJECTS = 200;

/** Table -> sorted keys: what a walk found, comparable across identity kinds. */
function keys(found: FoundRows): Record<string, string[]> {
  return Object.fromEntries(
    [...found].filter(([, rows]) => rows.size > 0).map(([t, rows]) => [t, [...rows.keys()].sort()]),
  );
}

const people = Array.from({ length: SUBJECTS }, (_, i) => demoPerson(SETTINGS, i));
const fullWidth = (text: string) =>
  text.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

export function connectorSuite(engine: ConnectorEngine): void {
  let fx: DemoFixture;
  before(async () => {
    fx = await createDemoFixture(engine, SUBJECTS);
  });
  after(async () => {
    await fx?.close();
  });
  const find = (identity: PersonIdentity) => findInDataset(fx.binding, identity);
  const ids = async (table: string, column: string, value: unknown) =>
    (await fx.raw(`SELECT id FROM ${table} WHERE ${column} = ?`, [value])).map((r) => String(r.id)).sort();

  test(`${engine}: the annotations match the live schema and the ledger`, async () => {
    const [check] = await checkAnnotations({ ledger: fx.ledger, datasets: [fx.binding] });
    assert.deepEqual(check?.drift, []);
    assert.deepEqual(check?.ledger, []);
  });

  test(`${engine}: a dispatched staff member is found alike by e-mail, staff number, My Number and name + birth date`, async () => {
    const p = people.find((x) => x.kind === 'staff' && x.dispatched)!;
    const [staffRow] = await fx.raw('SELECT id, candidate_id FROM staff WHERE staff_number = ?', [p.number]);
    const staffId = staffRow!.id;
    const expected: Record<string, string[]> = { staff: [String(staffId)] };
    if (staffRow!.candidate_id !== null) expected.candidates = [String(staffRow!.candidate_id)];
    for (const table of ['assignments', 'payroll', 'social_insurance', 'health_checks']) {
      const found = await ids(table, 'staff_id', staffId);
      if (found.length > 0) expected[table] = found;
    }
    const byEmail = keys(await find({ kind: 'email', email: p.email.toUpperCase() }));
    assert.deepEqual(byEmail, Object.fromEntries(Object.entries(expected).sort()));
    assert.deepEqual(
      keys(await find({ kind: 'staff-number', staffNumber: fullWidth(p.number!.toLowerCase()) })),
      byEmail,
    );
    const spaced = `${p.myNumber!.slice(0, 4)}-${p.myNumber!.slice(4, 8)} ${fullWidth(p.myNumber!.slice(8))}`;
    assert.deepEqual(keys(await find({ kind: 'my-number', myNumber: spaced })), byEmail);
    const kanji = `${p.family[0]}\u3000${p.given[0]}`;
    assert.deepEqual(keys(await find({ kind: 'name-birth', name: kanji, birthDate: p.birthDate })), byEmail);
    const halfWidth = toHalfWidthKana(`${p.family[1]} ${p.given[1]}`);
    assert.deepEqual(
      keys(await find({ kind: 'name-birth', name: halfWidth, birthDate: p.birthDate.replaceAll('-', '/') })),
      byEmail,
    );
  });

  test(`${engine}: a reading stored in half-width kana or hiragana matches a full-width katakana request`, async () => {
    const legacy = await fx.raw('SELECT id, family_name_kana, given_name_kana, birth_date FROM candidates ORDER BY id');
    const odd = legacy.filter((r) => /[\uff66-\uff9f\u3041-\u3096]/.test(String(r.family_name_kana)));
    assert.ok(odd.length > 0, 'the generator writes some legacy readings');
    for (const row of odd.slice(0, 3)) {
      const katakana = `${String(row.family_name_kana)
        .normalize('NFKC')
        .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))}\u3000${String(
        row.given_name_kana,
      )
        .normalize('NFKC')
        .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))}`;
      const found = await find({ kind: 'name-birth', name: katakana, birthDate: String(row.birth_date) });
      assert.ok(found.get('candidates')?.has(String(row.id)), `candidate ${row.id} by ${katakana}`);
      const hiragana = await find({
        kind: 'name-birth',
        name: toHiragana(katakana),
        birthDate: String(row.birth_date),
      });
      assert.ok(hiragana.get('candidates')?.has(String(row.id)));
    }
  });

  test(`${engine}: an employee's family members come with the employee, grouped by item with ledger names`, async () => {
    const p = people.find((x) => x.kind === 'employee')!;
    const report = await findPersonData({
      ledger: fx.ledger,
      datasets: [fx.binding],
      identity: { kind: 'email', email: p.email },
    });
    const [employee] = await fx.raw('SELECT id FROM employees WHERE employee_number = ?', [p.number]);
    const family = await ids('family_members', 'employee_id', employee!.id);
    const tables = report.systems[0]!.tables;
    assert.deepEqual(tables.find((t) => t.table === 'family_members')?.rowCount ?? 0, family.length);
    const name = tables.find((t) => t.table === 'employees')!.items.find((i) => i.item === 'name')!;
    assert.equal(name.name.ja, '氏名');
    assert.deepEqual(name.columns, ['family_name', 'given_name', 'family_name_kana', 'given_name_kana']);
    assert.equal(name.rows[0]?.values.family_name, p.family[0]);
    assert.equal(report.identityKind, 'email');
  });

  test(`${engine}: an erasure dry run lists exactly what would change and changes nothing`, async () => {
    const p = people.find((x) => x.kind === 'employee')!;
    const before = await fx.snapshot();
    const report = await erasePersonData({
      ledger: fx.ledger,
      datasets: [fx.binding],
      identity: { kind: 'email', email: p.email },
      mode: 'preview',
      now: NOW,
    });
    assert.equal(await fx.snapshot(), before);
    const { plan, run } = report.systems[0]!;
    assert.equal(run.dryRun, true);
    assert.deepEqual(
      run.steps,
      plan.steps.map((s) => ({ table: s.table, kind: s.kind, rows: s.kind === 'update' ? 1 : s.keys.length })),
    );
    assert.ok(plan.rows.every((r) => r.action !== 'update' || r.changes.length > 0));
  });

  test(`${engine}: erasing a candidate deletes every row and the verification pass proves it`, async () => {
    const p = people.filter((x) => x.kind === 'candidate')[1]!;
    const report = await erasePersonData({
      ledger: fx.ledger,
      datasets: [fx.binding],
      identity: { kind: 'email', email: p.email },
      mode: 'execute',
      now: NOW,
    });
    assert.equal(report.ok, true);
    assert.deepEqual(report.kept, []);
    assert.deepEqual(report.systems[0]?.verification?.problems, []);
    assert.deepEqual(await fx.raw('SELECT id FROM candidates WHERE email = ?', [p.email]), []);
    assert.equal((await find({ kind: 'email', email: p.email })).get('candidates')?.size ?? 0, 0);
  });

  test(`${engine}: erasing a current employee keeps what the law requires, with the rule, and overwrites the rest`, async () => {
    const p = people.filter((x) => x.kind === 'employee')[1]!;
    const [before] = await fx.raw('SELECT id, employment_end FROM employees WHERE employee_number = ?', [p.number]);
    assert.equal(before?.employment_end, null, 'a current employee');
    const report = await erasePersonData({
      ledger: fx.ledger,
      datasets: [fx.binding],
      identity: { kind: 'staff-number', staffNumber: p.number! },
      mode: 'execute',
      now: NOW,
    });
    assert.equal(report.ok, true, JSON.stringify(report.systems[0]?.verification?.problems));
    const kept = report.kept.find((k) => k.table === 'employees')!;
    assert.deepEqual(
      kept.retained.map((r) => [r.item, r.rule, r.reason]),
      [
        ['employee-id', 'labour-records', 'trigger-pending'],
        ['name', 'labour-records', 'trigger-pending'],
      ],
    );
    assert.ok(
      report.kept.some(
        (k) => k.table === 'payroll' && k.retained.some((r) => r.rule === 'labour-records' && r.until !== null),
      ),
    );
    const [after] = await fx.raw(
      'SELECT employee_number, family_name, email, phone, birth_date FROM employees WHERE id = ?',
      [before!.id],
    );
    assert.equal(after?.employee_number, p.number);
    assert.equal(after?.family_name, p.family[0]);
    assert.equal(after?.email, TEST_KEY(p.email));
    assert.equal(after?.phone, null);
    assert.equal(after?.birth_date, '1900-01-01');
    // Steps ran in the planned order: every update before any delete, children deleted before parents.
    const kinds = report.systems[0]!.run.steps.map((s) => s.kind);
    assert.deepEqual(
      kinds,
      [...kinds].sort((a, b) => (a === b ? 0 : a === 'update' ? -1 : 1)),
    );
  });

  test(`${engine}: a correction rewrites the item wherever it is held, verified`, async () => {
    const p = people.filter((x) => x.kind === 'staff')[3]!;
    const values = {
      prefecture: '東京都',
      city: '千代田区',
      address_line: '丸の内9丁目9番9号',
      postal_code: '100-0000',
    };
    const result = await correctPersonData({
      datasets: [fx.binding],
      identity: { kind: 'email', email: p.email },
      corrections: [{ item: 'address', values }],
      mode: 'execute',
    });
    assert.equal(result.ok, true);
    const rows = await fx.raw('SELECT prefecture, city FROM staff WHERE staff_number = ?', [p.number]);
    assert.deepEqual(rows, [{ prefecture: '東京都', city: '千代田区' }]);
  });

  test(`${engine}: a failure midway rolls the whole transaction back`, async () => {
    const p = people.filter((x) => x.kind === 'candidate')[2]!;
    const found = await find({ kind: 'email', email: p.email });
    const plan = planErasure({
      annotations: fx.binding.annotations,
      found,
      retentionRules: fx.ledger.retentionRules,
      now: NOW,
      keyedHash: fx.binding.keyedHash,
    });
    assert.ok(plan.steps.some((s) => s.kind === 'delete' && s.table === 'candidates'));
    const before = await fx.snapshot();
    const broken = {
      ...plan,
      steps: [
        ...plan.steps,
        { kind: 'update' as const, table: 'staff', keyColumn: 'id', key: 1, set: { birth_date: null } },
      ],
    };
    await assert.rejects(fx.connector.applyErasure(broken, { dryRun: false }));
    assert.equal(await fx.snapshot(), before);
    const stale = {
      ...plan,
      steps: [...plan.steps, { kind: 'delete' as const, table: 'payroll', keyColumn: 'id', keys: [999_999] }],
    };
    await assert.rejects(
      fx.connector.applyErasure(stale, { dryRun: false }),
      (e) => e instanceof AppError && e.code === 'CONFLICT',
    );
    assert.equal(await fx.snapshot(), before);
  });

  test(`${engine}: drift: a dropped column and a new table are reported`, async () => {
    await fx.raw('ALTER TABLE health_checks DROP COLUMN notes');
    await fx.raw('CREATE TABLE side_notes (id INTEGER PRIMARY KEY, staff_id INTEGER REFERENCES staff (id), note TEXT)');
    const [check] = await checkAnnotations({ ledger: fx.ledger, datasets: [fx.binding] });
    const codes = check!.drift.map((d) => `${d.severity} ${d.code} ${d.table}${d.column ? `.${d.column}` : ''}`);
    assert.deepEqual(codes, [
      'error missing-column health_checks.notes',
      'warning unannotated-table side_notes',
      'warning unannotated-foreign-key side_notes.staff_id',
    ]);
    assert.equal(check!.ok, false);
  });
}
