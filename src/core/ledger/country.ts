import { z } from 'zod';
import { CountryCodeSchema, LocalizedTextSchema } from './localized-text.ts';

/** A country where data is stored or sent, and where to read about its protection system (OT-1). */
export const CountrySchema = z
  .object({
    code: CountryCodeSchema,
    name: LocalizedTextSchema,
    systemName: LocalizedTextSchema.optional(),
    systemUrl: z.url().optional(),
    summary: LocalizedTextSchema.optional(),
  })
  .strict();
export type Country = z.infer<typeof CountrySchema>;

const ppc = (file: string) => `https://www.ppc.go.jp/files/pdf/${file}`;

/**
 * Built-in defaults; a ledger's own `countries` entries override them. Report links only where a reference
 * policy publishes them (kaonavi 4.2); for other countries the ledger supplies its own.
 */
export const KNOWN_COUNTRIES: Readonly<Record<string, Country>> = Object.fromEntries(
  (
    [
      ['JP', '日本', 'Japan', undefined, undefined],
      ['US', 'アメリカ合衆国', 'United States of America', '連邦', 'Federal', ppc('USA_report.pdf')],
      ['TW', '台湾', 'Taiwan', undefined, undefined, ppc('taiwan_report.pdf')],
      ['SG', 'シンガポール共和国', 'Republic of Singapore', undefined, undefined, ppc('singapore_report.pdf')],
      ['AU', 'オーストラリア連邦', 'Commonwealth of Australia', undefined, undefined, ppc('australia_report.pdf')],
      ['IN', 'インド', 'India', undefined, undefined, ppc('india_report.pdf')],
      ['CA', 'カナダ', 'Canada', undefined, undefined, ppc('canada_report.pdf')],
      ['CL', 'チリ共和国', 'Republic of Chile', undefined, undefined, undefined],
      ['HK', '中華人民共和国香港特別行政区', 'Hong Kong SAR, China', undefined, undefined, undefined],
      ['CN', '中華人民共和国', "People's Republic of China", undefined, undefined, undefined],
      ['KR', '大韓民国', 'Republic of Korea', undefined, undefined, undefined],
      ['IE', 'アイルランド', 'Ireland', 'EU（十分性認定）', 'EU (adequacy decision)', undefined],
      [
        'DE',
        'ドイツ連邦共和国',
        'Federal Republic of Germany',
        'EU（十分性認定）',
        'EU (adequacy decision)',
        undefined,
      ],
      ['NL', 'オランダ王国', 'Kingdom of the Netherlands', 'EU（十分性認定）', 'EU (adequacy decision)', undefined],
      ['GB', '英国', 'United Kingdom', '十分性認定', 'Adequacy decision', undefined],
      ['PH', 'フィリピン共和国', 'Republic of the Philippines', undefined, undefined, undefined],
      ['VN', 'ベトナム社会主義共和国', 'Socialist Republic of Viet Nam', undefined, undefined, undefined],
    ] as const
  ).map(([code, ja, en, systemJa, systemEn, url]) => {
    const country: Country = {
      code,
      name: { ja, en },
      ...(systemJa && systemEn ? { systemName: { ja: systemJa, en: systemEn } } : {}),
      ...(url ? { systemUrl: url } : {}),
    };
    return [code, country];
  }),
);
