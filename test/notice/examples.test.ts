// Every ledger under examples/ (discovered at test time) and the notice fixtures, in both languages: the notice
// in every format carries every published fact, and follows the ledger when it changes.
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { test } from 'node:test';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { LANGS } from '../../src/core/ledger/localized-text.ts';
import { buildNotice, renderHtml, renderMarkdown } from '../../src/core/notice/index.ts';
import {
  countryName,
  expectedTexts,
  htmlText,
  loadLedger,
  markdownText,
  modelText,
  normalise,
  noticeLedgerPaths,
  yen,
} from './notice-expectations.ts';

const paths = noticeLedgerPaths();

test('the example ledgers are found', () => {
  assert.ok(paths.length >= 2);
});

for (const path of paths) {
  const name = basename(path);
  for (const lang of LANGS) {
    test(`${name} (${lang}): model, Markdown and HTML carry every published fact`, () => {
      const ledger = loadLedger(path);
      const model = buildNotice(ledger, { lang });
      const renderings = {
        model: modelText(model),
        markdown: markdownText(renderMarkdown(model)),
        html: htmlText(renderHtml(model)),
      };
      const expected = expectedTexts(ledger, lang);
      assert.ok(expected.length > 0);
      for (const [format, text] of Object.entries(renderings)) {
        const missing = expected.filter((e) => !text.includes(normalise(e.text))).map((e) => e.what);
        assert.deepEqual(missing, [], `${format} is missing facts`);
      }
    });

    test(`${name} (${lang}): the notice follows ledger changes`, () => {
      const ledger = loadLedger(path);
      const before = modelText(buildNotice(ledger, { lang }));
      const after = (change: (l: Ledger) => void) => {
        const copy = structuredClone(ledger);
        change(copy);
        return modelText(buildNotice(copy, { lang }));
      };

      const purpose = { ja: '台帳変更の検証のための新しい利用目的', en: 'A new purpose added to check the notice' };
      const controller = ledger.purposes.find((p) =>
        p.categories.some((c) => ledger.subjectCategories.find((sc) => sc.id === c)?.role === 'controller'),
      );
      assert.ok(controller, 'the ledger has a purpose for its own data');
      assert.ok(!before.includes(purpose[lang]));
      assert.ok(
        after((l) => l.purposes.push({ ...structuredClone(controller), id: 'added-purpose', text: purpose })).includes(
          purpose[lang],
        ),
      );

      const code = ['NZ', 'BR', 'ZA'].find((c) => !before.includes(countryName(ledger, c, lang)));
      assert.ok(code);
      const withCountry = after((l) => {
        l.countries.push({
          code,
          name: { ja: `テスト国${code}`, en: `Testland ${code}` },
          systemUrl: `https://example.test/${code}.pdf`,
        });
        const store = l.systems.flatMap((s) => s.stores)[0];
        if (store) store.countries = [...(store.countries ?? []), code];
        else
          l.systems.push({
            id: 'added-system',
            name: { ja: '追加システム', en: 'Added system' },
            stores: [
              {
                id: 'added-store',
                countries: [code],
                items: [l.dataItems[0]!.id],
                encryptionAtRest: false,
                locationNotGuaranteed: false,
              },
            ],
            accessRoles: [],
            ipRestricted: false,
          });
      });
      assert.ok(withCountry.includes(lang === 'ja' ? `テスト国${code}` : `Testland ${code}`));
      assert.ok(withCountry.includes(`https://example.test/${code}.pdf`));

      assert.ok(!before.includes(yen(4321, lang)));
      assert.ok(after((l) => l.requestProcedures.forEach((p) => (p.fees.disclosure = 4321))).includes(yen(4321, lang)));
    });
  }
}
