// The UI's message catalogues: both languages have every key (the type checks that too) and no message is empty
// or left untranslated where the two must differ, so no screen shows a raw key or a blank label.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MESSAGES } from '../../web/src/shared/messages/index.ts';

test('Japanese and English have the same keys and no empty message', () => {
  const en = Object.keys(MESSAGES.en).sort();
  const ja = Object.keys(MESSAGES.ja).sort();
  assert.deepEqual(ja, en);
  for (const locale of ['en', 'ja'] as const) {
    for (const [key, text] of Object.entries(MESSAGES[locale])) assert.notEqual(text.trim(), '', `${locale} ${key}`);
  }
});

test('placeholders match between the languages', () => {
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
    assert.deepEqual(names(MESSAGES.ja[key]), names(MESSAGES.en[key]), key);
  }
});

test('Japanese messages are translated (not copies of the English) except names and codes', () => {
  const same = (Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]).filter(
    (key) => MESSAGES.en[key] === MESSAGES.ja[key] && /[a-z]{4,}/.test(MESSAGES.en[key]),
  );
  assert.deepEqual(same, []);
});
