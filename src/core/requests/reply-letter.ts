import { japanDate } from '../japan-time.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { LocalizedText } from '../ledger/localized-text.ts';
import type { NotifiedPurpose } from './applicable-purposes.ts';
import type { PrivacyRequest } from './privacy-request.ts';
import {
  executionSection,
  type LetterProvision,
  type LetterSection,
  procedureSection,
  provisionSection,
  purposeSections,
} from './reply-letter-sections.ts';
import { procedureFor } from './request-scope.ts';

/** The reply letter as data (pure): heading, paragraphs and the found items per system; renderers lay it out. */
export interface ReplyLetter {
  readonly lang: 'ja' | 'en';
  readonly title: string;
  readonly date: string;
  readonly from: string;
  readonly paragraphs: readonly string[];
  readonly sections: readonly LetterSection[];
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
    purposes: 'お客様の保有個人データの利用目的は、以下のとおりです。',
    noPurposes: 'お客様について当社が保有する個人データが見つからなかったため、通知すべき利用目的はありません。',
    provisions: 'お客様の個人データを第三者へ提供した記録は、以下のとおりです。',
    routed: '以下の個人データは委託元企業から預かっているものであり、ご請求は委託元企業へお申し出ください。',
    refused: (reason: string) => `誠に恐れ入りますが、次の理由によりご請求に応じることができません：${reason}`,
  },
  en: {
    title: 'Reply to your request concerning retained personal data',
    intro: (code: string) => `We reply as follows to your request with tracking code ${code}.`,
    found: 'We hold personal data about you in the systems and items below; the enclosed data files give the details.',
    none: 'We found no retained personal data within the scope of your request.',
    purposes: 'We use the retained personal data about you for the purposes below.',
    noPurposes: 'We found no personal data about you, so there are no purposes of use to notify.',
    provisions: 'These are the records of your personal data provided to third parties.',
    routed: 'The data below is entrusted to us by client companies; please address your request to them.',
    refused: (reason: string) => `We regret that we cannot comply with your request, for this reason: ${reason}`,
  },
} as const;

/**
 * The letter for every request type: a refusal states its reason; a purpose notification lists the purposes that
 * apply to the person and the request procedure; a provision-records request lists the records; an executed
 * request says what was done (and what a legal rule keeps); the others list what was found per system and item.
 * Entrusted data left out is referred to the customer.
 */
export function buildReplyLetter(input: {
  readonly lang: 'ja' | 'en';
  readonly request: PrivacyRequest;
  readonly ledger?: Ledger | undefined;
  readonly found: readonly FoundSummary[];
  readonly routed: readonly LocalizedText[];
  readonly purposes?: readonly NotifiedPurpose[];
  readonly provisions?: readonly LetterProvision[];
  readonly now: Date;
}): ReplyLetter {
  const { lang, request, ledger } = input;
  const t = TEXT[lang];
  const operator = ledger?.operators.find((o) => o.id === request.operator);
  const date = japanDate(input.now);
  const paragraphs = [t.intro(request.trackingCode)];
  const sections: LetterSection[] = [];
  if (request.refusal) {
    paragraphs.push(t.refused(request.refusal.reason));
  } else if (request.type === 'purpose-notification') {
    const purposes = input.purposes ?? [];
    paragraphs.push(purposes.length > 0 ? t.purposes : t.noPurposes);
    sections.push(...purposeSections(lang, purposes));
  } else if (request.type === 'provision-records') {
    paragraphs.push(t.provisions);
    sections.push(provisionSection(lang, input.provisions ?? []));
  } else if (request.execution?.summary !== undefined) {
    const finished = request.execution.finishedAt ? japanDate(request.execution.finishedAt) : date;
    sections.push(executionSection(lang, ledger, request.execution.summary, finished));
  } else {
    paragraphs.push(input.found.length > 0 ? t.found : t.none);
    sections.push(
      ...input.found.map((s) => ({
        heading: s.system[lang],
        lines: s.tables.map(
          (table) => `${table.table}: ${table.items.map((i) => i[lang]).join(lang === 'ja' ? '、' : ', ')}`,
        ),
      })),
    );
  }
  if (input.routed.length > 0) {
    paragraphs.push(t.routed);
    sections.push({
      heading: lang === 'ja' ? '委託元へのご案内' : 'Referred to client companies',
      lines: input.routed.map((r) => r[lang]),
    });
  }
  const procedure = ledger === undefined ? undefined : procedureFor(ledger, request.operator);
  if (request.type === 'purpose-notification' && request.refusal === undefined && procedure !== undefined) {
    sections.push(procedureSection(lang, procedure, operator?.complaintDesk));
  }
  return {
    lang,
    title: t.title,
    // The letter's date is Japan's calendar day.
    date,
    from: operator?.name[lang] ?? request.operator,
    paragraphs,
    sections,
  };
}
