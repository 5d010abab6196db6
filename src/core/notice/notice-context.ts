import { type Country, KNOWN_COUNTRIES } from '../ledger/country.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Contact, Lang, LocalizedText } from '../ledger/localized-text.ts';
import type { Operator } from '../ledger/operator.ts';
import type { BuildNoticeOptions } from './build-notice-options.ts';
import { fill, joinList } from './format.ts';
import { type LabelKey, label } from './labels.ts';
import { PHRASES, type PhraseKey } from './phrases.ts';

/** What every section builder needs: the ledger, the language, the operators in scope, and lookups by id. */
export interface NoticeContext {
  readonly ledger: Ledger;
  readonly lang: Lang;
  /** The operators the notice speaks for. */
  readonly operators: readonly Operator[];
  /** Set when the notice is for one operator of a group. */
  readonly operatorId: string | undefined;
  readonly options: BuildNoticeOptions;
  /** A localized text in the notice's language. */
  t(text: LocalizedText): string;
  /** A fixed heading or field name. */
  l(key: LabelKey): string;
  /** A fixed sentence, `{placeholders}` filled; `{we}` is 当社 or 当社グループ. */
  p(key: PhraseKey, vars?: Readonly<Record<string, string | number>>): string;
  join(values: readonly string[]): string;
  /** Whether an element limited to `operators` (all when absent) concerns this notice. */
  applies(operators: readonly string[] | undefined): boolean;
  itemNames(ids: readonly string[]): string[];
  purposeTexts(ids: readonly string[]): string[];
  categoryNames(ids: readonly string[]): string[];
  operatorNames(ids: readonly string[]): string[];
  country(code: string): Country;
  countryName(code: string): string;
  /** Country name, its protection system's name, then the report URL or summary. */
  countryInfo(code: string): string[];
  contactLines(contact: Contact): string[];
  /** 「電話：03-…」 / "Tel.: 03-…". */
  labelled(label: string, value: string): string;
  /** 「〒106-0032 東京都…」 / "…, Tokyo 106-0032". */
  address(address: LocalizedText, postalCode: string | undefined): string;
  /** 「代表取締役 山田 太郎」 / "Taro Yamada, Representative Director". */
  person(title: LocalizedText, name: LocalizedText | undefined): string;
}

export function createNoticeContext(ledger: Ledger, options: BuildNoticeOptions): NoticeContext {
  const { lang, operatorId } = options;
  const operators = operatorId === undefined ? ledger.operators : ledger.operators.filter((o) => o.id === operatorId);
  const t = (text: LocalizedText) => text[lang];
  const named = <T extends { readonly id: string }>(list: readonly T[], name: (element: T) => string) => {
    const map = new Map(list.map((element) => [element.id, name(element)]));
    return (ids: readonly string[]) => ids.map((id) => map.get(id) ?? id);
  };
  const countries = new Map<string, Country>(Object.entries(KNOWN_COUNTRIES));
  for (const country of ledger.countries) countries.set(country.code, { ...countries.get(country.code), ...country });
  const country = (code: string): Country => countries.get(code) ?? { code, name: { ja: code, en: code } };
  const we = lang === 'ja' ? (ledger.operators.length > 1 && operatorId === undefined ? '当社グループ' : '当社') : 'we';
  const ctx: NoticeContext = {
    ledger,
    lang,
    operators,
    operatorId,
    options,
    t,
    l: (key) => label(key, lang),
    p: (key, vars = {}) => fill(PHRASES[key][lang], { we, We: lang === 'ja' ? we : 'We', ...vars }),
    join: (values) => joinList(values, lang),
    applies: (list) => operatorId === undefined || list === undefined || list.includes(operatorId),
    itemNames: named(ledger.dataItems, (item) => t(item.name)),
    purposeTexts: named(ledger.purposes, (purpose) => t(purpose.text)),
    categoryNames: named(ledger.subjectCategories, (category) => t(category.name)),
    operatorNames: named(ledger.operators, (op) => t(op.name)),
    country,
    countryName: (code) => t(country(code).name),
    countryInfo: (code) => {
      const c = country(code);
      const system = c.systemName ? t(c.systemName) : undefined;
      const name =
        system === undefined ? t(c.name) : lang === 'ja' ? `${t(c.name)}（${system}）` : `${t(c.name)} (${system})`;
      return [name, ...(c.systemUrl ? [c.systemUrl] : []), ...(c.summary ? [t(c.summary)] : [])];
    },
    contactLines: (contact) => contactLines(contact, ctx),
    labelled: (name, value) => `${name}${lang === 'ja' ? '：' : ': '}${value}`,
    address: (address, postalCode) => {
      if (postalCode === undefined) return t(address);
      return lang === 'ja' ? `〒${postalCode} ${t(address)}` : `${t(address)} ${postalCode}`;
    },
    person: (title, name) => {
      if (name === undefined) return t(title);
      return lang === 'ja' ? `${t(title)} ${t(name)}` : `${t(name)}, ${t(title)}`;
    },
  };
  return ctx;
}

function contactLines(contact: Contact, ctx: NoticeContext): string[] {
  const line = (key: LabelKey, value: string) => ctx.labelled(ctx.l(key), value);
  return [
    ctx.t(contact.name),
    ...(contact.department ? [ctx.t(contact.department)] : []),
    ...(contact.address ? [ctx.address(contact.address, contact.postalCode)] : []),
    ...(contact.phone ?? []).map((phone) => line('phone', phone)),
    ...(contact.fax ? [line('fax', contact.fax)] : []),
    ...(contact.email ? [line('email', contact.email)] : []),
    ...(contact.url ? [line('url', contact.url)] : []),
    ...(contact.hours ? [line('hours', ctx.t(contact.hours))] : []),
    ...(contact.note ? [ctx.t(contact.note)] : []),
  ];
}
