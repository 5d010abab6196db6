// What a notice computed from a ledger must say, worked out from the ledger independently of the notice code,
// and helpers to read the rendered notice back as plain text.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import { KNOWN_COUNTRIES } from '../../src/core/ledger/country.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import type { Lang } from '../../src/core/ledger/localized-text.ts';
import { parseLedger } from '../../src/core/ledger/parse-ledger.ts';
import type { NoticeModel, NoticeSection } from '../../src/core/notice/index.ts';

export interface Expectation {
  readonly what: string;
  readonly text: string;
}

/** Every fact the brief says the notice must carry, for the operators in scope. */
export function expectedTexts(ledger: Ledger, lang: Lang, operatorId?: string): Expectation[] {
  const applies = (ops: readonly string[] | undefined) =>
    operatorId === undefined || ops === undefined || ops.includes(operatorId);
  const operators = ledger.operators.filter((op) => operatorId === undefined || op.id === operatorId);
  const categories = new Set(ledger.subjectCategories.filter((c) => applies(c.operators)).map((c) => c.id));
  const out: Expectation[] = [];
  const add = (what: string, text: string) => out.push({ what, text });
  for (const p of ledger.purposes) {
    if (applies(p.operators) && p.categories.some((c) => categories.has(c))) add(`purpose ${p.id}`, p.text[lang]);
  }
  for (const r of ledger.recipients) {
    if (r.status === 'active' && applies(r.operators)) add(`recipient ${r.id}`, r.name[lang]);
  }
  const itemName = new Map(ledger.dataItems.map((item) => [item.id, item.name[lang]]));
  for (const use of ledger.jointUses) {
    const users = use.users.operators;
    if (operatorId && users.length > 0 && !users.includes(operatorId) && use.responsible.operator !== operatorId)
      continue;
    for (const id of use.items) add(`joint use ${use.id} item ${id}`, itemName.get(id) ?? id);
    const responsible = use.responsible.name ?? ledger.operators.find((o) => o.id === use.responsible.operator)?.name;
    if (responsible) add(`joint use ${use.id} responsible party`, responsible[lang]);
  }
  for (const c of ledger.contractors) {
    if (c.status !== 'terminated' && applies(c.operators)) add(`contractor ${c.id}`, c.name[lang]);
  }
  for (const system of ledger.systems.filter((s) => applies(s.operators))) {
    for (const code of system.stores.flatMap((store) => store.countries ?? []).filter((c) => c !== 'JP')) {
      add(`storage country ${code} of ${system.id}`, countryName(ledger, code, lang));
    }
  }
  for (const procedure of ledger.requestProcedures.filter((p) => applies(p.operators))) {
    for (const [type, fee] of Object.entries(procedure.fees)) {
      if (fee && fee > 0 && procedure.types.includes(type as never)) add(`fee ${type}`, yen(fee, lang));
    }
  }
  for (const op of operators) {
    add(`complaint desk of ${op.id}`, op.complaintDesk.name[lang]);
    if (op.accreditedOrganisation) add(`accredited organisation of ${op.id}`, op.accreditedOrganisation.name[lang]);
  }
  return out;
}

export function countryName(ledger: Ledger, code: string, lang: Lang): string {
  const own = ledger.countries.find((c) => c.code === code);
  return (own ?? KNOWN_COUNTRIES[code])?.name[lang] ?? code;
}

/** 「1,234円」 / "JPY 1,234", written out here rather than taken from the notice code. */
export function yen(amount: number, lang: Lang): string {
  const digits = amount.toLocaleString('en-US');
  return lang === 'ja' ? `${digits}円` : `JPY ${digits}`;
}

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every string of the model, in reading order. */
export function modelText(model: NoticeModel): string {
  const parts: string[] = [model.title, model.subtitle ?? ''];
  const walk = (s: NoticeSection) => {
    parts.push(s.heading);
    for (const block of s.blocks) {
      if (block.kind === 'paragraph' || block.kind === 'note') parts.push(block.text);
      if (block.kind === 'signature') parts.push(...block.lines);
      if (block.kind === 'list') for (const item of block.items) parts.push(item.text, ...(item.items ?? []));
      if (block.kind === 'fields') parts.push(...block.fields.flatMap((f) => [f.label, ...f.value]));
      if (block.kind === 'table') parts.push(...block.headers, ...block.rows.flat(2));
    }
    s.subsections.forEach(walk);
  };
  model.sections.forEach(walk);
  return normalise(parts.join('\n'));
}

/** The text a reader sees in the HTML: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<br>/g, '\n');
  const decoded = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return normalise(decoded);
}

/** The text a reader sees in the Markdown: escapes and autolink brackets removed. */
export function markdownText(markdown: string): string {
  return normalise(
    markdown
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
      .replace(/<br>/g, '\n')
      .replace(/\\([\\`*_[\]<>|#~&+\-.])/g, '$1'),
  );
}

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Ledger paths under examples/ (folders and single YAML files), found at test time, plus the notice fixtures. */
export function noticeLedgerPaths(): string[] {
  const examples = listLedgers(EXAMPLES);
  return [...examples, join(FIXTURES, 'notice', 'group-ledger.yaml'), join(FIXTURES, 'minimal-ledger.yaml')];
}

function listLedgers(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith('.'))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory() || /\.ya?ml$/.test(path));
}

export function loadLedger(path: string): Ledger {
  const result = parseLedger(readLedgerSources(path));
  if (!result.ok) {
    const first = result.issues.slice(0, 5).map((i) => `${i.file}:${i.line} ${i.path} ${i.message}`);
    throw new Error(`${path} is not a valid ledger:\n${first.join('\n')}`);
  }
  return result.ledger;
}
