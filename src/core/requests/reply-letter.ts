import { japanDate } from '../japan-time.ts';
import type { LocalizedText } from '../ledger/localized-text.ts';
import type { Operator } from '../ledger/operator.ts';
import type { PrivacyRequest } from './privacy-request.ts';

/** The reply letter as data (pure): heading, paragraphs and the found items per system; renderers lay it out. */
export interface ReplyLetter {
  readonly lang: 'ja' | 'en';
  readonly title: string;
  readonly date: string;
  readonly from: string;
  readonly paragraphs: readonly string[];
  readonly sections: readonly { readonly heading: string; readonly lines: readonly string[] }[];
}

interface FoundSummary {
  readonly system: LocalizedText;
  readonly tables: readonly { readonly table: string; readonly items: readonly LocalizedText[] }[];
}

const TEXT = {
  ja: {
    title: '保有個人データの開示等のご請求に対するご回答',
    intro: (code: string) => `受付番号 ${code} のご請求について、以下のとおりご回答いたします。`,
    found:
      '当社が保有するお客様の個人データは、以下のシステム・項目に記録されています。詳細は同封（添付）のデータをご確認ください。',
    none: 'ご請求の対象となる保有個人データは見つかりませんでした。',
    routed: '以下の個人データは委託元企業から預かっているものであり、ご請求は委託元企業へお申し出ください。',
    refused: (reason: string) => `誠に恐れ入りますが、次の理由によりご請求に応じることができません：${reason}`,
  },
  en: {
    title: 'Reply to your request concerning retained personal data',
    intro: (code: string) => `We reply as follows to your request with tracking code ${code}.`,
    found: 'We hold personal data about you in the systems and items below; the enclosed data files give the details.',
    none: 'We found no retained personal data within the scope of your request.',
    routed: 'The data below is entrusted to us by client companies; please address your request to them.',
    refused: (reason: string) => `We regret that we cannot comply with your request, for this reason: ${reason}`,
  },
} as const;

export function buildReplyLetter(input: {
  readonly lang: 'ja' | 'en';
  readonly request: PrivacyRequest;
  readonly operator: Operator | undefined;
  readonly found: readonly FoundSummary[];
  readonly routed: readonly LocalizedText[];
  readonly now: Date;
}): ReplyLetter {
  const t = TEXT[input.lang];
  const lang = input.lang;
  const paragraphs = [t.intro(input.request.trackingCode)];
  if (input.request.refusal) paragraphs.push(t.refused(input.request.refusal.reason));
  else paragraphs.push(input.found.length > 0 ? t.found : t.none);
  const sections = input.found.map((s) => ({
    heading: s.system[lang],
    lines: s.tables.map(
      (table) => `${table.table}: ${table.items.map((i) => i[lang]).join(lang === 'ja' ? '、' : ', ')}`,
    ),
  }));
  if (input.routed.length > 0) {
    paragraphs.push(t.routed);
    sections.push({
      heading: lang === 'ja' ? '委託元へのご案内' : 'Referred to client companies',
      lines: input.routed.map((r) => r[lang]),
    });
  }
  return {
    lang,
    title: t.title,
    // The letter's date is Japan's calendar day.
    date: japanDate(input.now),
    from: input.operator?.name[lang] ?? input.request.operator,
    paragraphs,
    sections,
  };
}
