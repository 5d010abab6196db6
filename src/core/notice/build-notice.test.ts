import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryName, expectedTexts, loadLedger, modelText, yen } from '../../../test/notice/notice-expectations.ts';
import { AppError } from '../app-error.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { LANGS } from '../ledger/localized-text.ts';
import { buildNotice } from './build-notice.ts';

const GROUP = loadLedger(new URL('../../../test/fixtures/notice/group-ledger.yaml', import.meta.url).pathname);
const text = (ledger: Ledger, lang: 'ja' | 'en', operatorId?: string) =>
  modelText(buildNotice(ledger, { lang, ...(operatorId ? { operatorId } : {}) }));
const edited = (change: (ledger: Ledger) => void): Ledger => {
  const copy = structuredClone(GROUP);
  change(copy);
  return copy;
};

for (const lang of LANGS) {
  test(`${lang}: the notice carries every fact the ledger publishes`, () => {
    const notice = text(GROUP, lang);
    const missing = expectedTexts(GROUP, lang).filter((e) => !notice.includes(e.text));
    assert.deepEqual(missing, []);
  });

  test(`${lang}: sections come in the order of the reference policies, numbered`, () => {
    const model = buildNotice(GROUP, { lang });
    assert.deepEqual(
      model.sections.map((s) => s.id),
      [
        'policy',
        'operator',
        'purposes',
        'provision',
        'joint-use',
        'contracting',
        'overseas-storage',
        'deidentified',
        'retained-data',
        'requests',
        'cookies',
        'my-number',
        'custom-call-recording',
        'contact',
        'revisions',
      ],
    );
    assert.deepEqual(
      model.sections.map((s) => s.number),
      model.sections.map((_, i) => String(i + 1)),
    );
  });

  test(`${lang}: adding a purpose adds it to the notice`, () => {
    const added = { ja: '新しい研修案内のため', en: 'To tell staff about new training' };
    assert.ok(!text(GROUP, lang).includes(added[lang]));
    const ledger = edited((l) => {
      l.purposes.push({ ...structuredClone(l.purposes[0]!), id: 'training', text: added });
    });
    assert.ok(text(ledger, lang).includes(added[lang]));
  });

  test(`${lang}: adding a country to a store lists it under overseas storage`, () => {
    const australia = countryName(GROUP, 'AU', lang);
    assert.ok(!text(GROUP, lang).includes(australia));
    const ledger = edited((l) => l.systems[0]!.stores[0]!.countries!.push('AU'));
    const model = buildNotice(ledger, { lang });
    const storage = model.sections.find((s) => s.id === 'overseas-storage');
    const table = storage?.blocks.find((b) => b.kind === 'table');
    assert.ok(table?.kind === 'table');
    const row = table.rows.find((r) => r[0]?.[0] === ledger.systems[0]!.name[lang]);
    assert.ok(row, 'the system now storing data in Australia has a row');
    assert.ok(row[2]?.[0]?.includes(australia));
    assert.ok(row[3]?.includes('https://www.ppc.go.jp/files/pdf/australia_report.pdf'));
  });

  test(`${lang}: changing a fee changes the amount published`, () => {
    assert.ok(!text(GROUP, lang).includes(yen(1234, lang)));
    const ledger = edited((l) => (l.requestProcedures[0]!.fees.disclosure = 1234));
    assert.ok(text(ledger, lang).includes(yen(1234, lang)));
    const free = edited((l) => (l.requestProcedures[0]!.fees = {}));
    assert.ok(!text(free, lang).includes(yen(1000, lang)));
  });

  test(`${lang}: one operator of a group gets only what concerns it`, () => {
    const holding = text(GROUP, lang, 'holding');
    const staffing = text(GROUP, lang, 'staffing');
    const matching = GROUP.purposes.find((p) => p.id === 'matching')!.text[lang];
    const clients = GROUP.recipients.find((r) => r.id === 'client-companies')!.name[lang];
    assert.ok(staffing.includes(matching) && staffing.includes(clients));
    assert.ok(!holding.includes(matching) && !holding.includes(clients));
    assert.ok(!holding.includes(GROUP.operators[1]!.complaintDesk.name[lang]));
    for (const id of ['holding', 'staffing']) {
      const notice = text(GROUP, lang, id);
      assert.deepEqual(
        expectedTexts(GROUP, lang, id).filter((e) => !notice.includes(e.text)),
        [],
      );
    }
  });
}

test('suspended recipients and terminated contractors are not published', () => {
  const ledger = edited((l) => (l.contractors[0]!.status = 'terminated'));
  const notice = text(ledger, 'en');
  assert.ok(!notice.includes('Former partner no longer receiving data'));
  assert.ok(!notice.includes('Sample Payroll Services K.K.'));
});

test('entrusted (processor) data is described apart, with requests going through the customer', () => {
  const model = buildNotice(GROUP, { lang: 'en' });
  const purposes = model.sections.find((s) => s.id === 'purposes')!;
  const entrusted = purposes.subsections.find((s) => s.id === 'purposes-entrusted');
  assert.ok(entrusted);
  assert.deepEqual(
    entrusted.subsections.map((s) => s.heading),
    ['Employees of client companies'],
  );
  assert.match(modelText({ ...model, sections: [entrusted] }), /must be made through that customer/);
  assert.ok(!purposes.subsections.some((s) => s.heading === 'Employees of client companies'));
});

test('revision history: established, the ledger revisions and stored versions, newest last', () => {
  const model = buildNotice(GROUP, {
    lang: 'ja',
    revisions: [
      { date: '2025-01-15T09:00:00Z', comment: '委託先の追加' },
      { date: '2023-06-01', comment: '共同利用の範囲を変更' },
    ],
  });
  const history = model.sections.at(-1)!;
  const list = history.blocks[0];
  assert.ok(list?.kind === 'list');
  assert.deepEqual(
    list.items.map((i) => i.text),
    [
      '2006年10月2日 制定',
      '2022年4月1日 改定（改正個人情報保護法への対応）',
      '2023年6月1日 改定（共同利用の範囲を変更）',
      '2025年1月15日 改定（委託先の追加）',
    ],
  );
  const signature = model.sections[0]!.blocks.find((b) => b.kind === 'signature');
  assert.ok(signature?.kind === 'signature' && signature.lines.includes('2025年1月15日 改定'));
});

test('an unknown operator is NOT_FOUND', () => {
  assert.throws(
    () => buildNotice(GROUP, { lang: 'ja', operatorId: 'nobody' }),
    (error: unknown) => error instanceof AppError && error.code === 'NOT_FOUND',
  );
});

test('the same ledger always gives the same notice', () => {
  assert.deepEqual(buildNotice(GROUP, { lang: 'ja' }), buildNotice(structuredClone(GROUP), { lang: 'ja' }));
});

test('a purpose’s published note is in the notice; the keeper’s own note is not', () => {
  const ledger = loadLedger('test/fixtures/minimal-ledger.yaml');
  const [first, ...rest] = ledger.purposes;
  const changed: Ledger = {
    ...ledger,
    purposes: [
      {
        ...(first as Ledger['purposes'][number]),
        publishedNote: { ja: '契約終了後に削除します。', en: 'Deleted after the contract ends.' },
        note: { ja: '内部メモ：同意は不要と判断', en: 'Internal: consent judged unnecessary' },
      },
      ...rest,
    ],
  };
  for (const lang of LANGS) {
    const text = modelText(buildNotice(changed, { lang }));
    assert.ok(text.includes(lang === 'ja' ? '契約終了後に削除します。' : 'Deleted after the contract ends.'));
    assert.ok(!text.includes(lang === 'ja' ? '内部メモ' : 'Internal: consent'));
  }
});
