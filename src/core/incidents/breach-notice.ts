import { z } from 'zod';
import { findPersonalData } from '../evidence/personal-data.ts';
import { japanDate } from '../japan-time.ts';
import type { Contact, Lang } from '../ledger/localized-text.ts';
import type { ReplyLetter } from '../requests/reply-letter.ts';
import type { ReportItems } from './report-items.ts';

const text = (min: number) =>
  z
    .string()
    .min(min)
    .max(4000)
    .refine((t) => findPersonalData(t) === undefined, {
      message: 'the notice is the same for everyone: no contact details or My Numbers in it',
    });

/** BR-11: what every affected person is told, items 1, 2, 4, 5 and 9 of the report (Rule 10). */
export const BreachNoticeSchema = z
  .object({
    summary: text(1),
    personalData: text(1),
    cause: text(1),
    secondaryHarm: text(0),
    other: text(0),
  })
  .strict();
export type BreachNotice = z.infer<typeof BreachNoticeSchema>;

/** The notice's items taken from a report draft (the newest confirmed one, else preliminary, else P-mark). */
export function noticeFromReport(items: ReportItems): BreachNotice {
  const { summary, personalData, cause, secondaryHarm, other } = items;
  return { summary, personalData, cause, secondaryHarm, other };
}

/** How the person is addressed: from the connected databases' annotated columns; either may be missing. */
export interface NoticeRecipient {
  readonly name?: string;
  readonly postalCode?: string;
  readonly address?: string;
}

const TEXT = {
  ja: {
    title: '個人情報の漏えい等に関するお知らせとお詫び',
    dear: (name: string) => `${name} 様`,
    intro:
      'このたび、当社においてお客様の個人情報が漏えい等した、又はそのおそれがある事態が発生いたしました。' +
      '多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。概要は以下のとおりです。',
    headings: [
      '1. 概要',
      '2. 漏えい等が発生し、又はそのおそれがある個人データの項目',
      '3. 原因',
      '4. 二次被害又はそのおそれの有無及びその内容',
      '5. その他参考となる事項',
    ],
    none: 'なし',
    desk: 'お問い合わせ窓口',
    closing: '本件に関するお問い合わせは、末尾の窓口までご連絡ください。',
  },
  en: {
    title: 'Notice and apology concerning a personal data breach',
    dear: (name: string) => `Dear ${name},`,
    intro:
      'A leak, loss or damage of personal data about you has occurred, or may have occurred, at our company. ' +
      'We sincerely apologise for the concern and inconvenience this causes. The details are as follows.',
    headings: [
      '1. Summary',
      '2. Items of personal data affected',
      '3. Cause',
      '4. Secondary harm or its risk',
      '5. Other matters',
    ],
    none: 'None',
    desk: 'Enquiries',
    closing: 'Please contact the desk at the end of this letter with any questions about this matter.',
  },
} as const;

function contactLines(contact: Contact | undefined, lang: Lang): string[] {
  if (contact === undefined) return [];
  return [
    [contact.name[lang], contact.department?.[lang]].filter(Boolean).join(' '),
    ...(contact.phone ?? []).map((p) => (lang === 'ja' ? `電話: ${p}` : `Phone: ${p}`)),
    ...(contact.email ? [(lang === 'ja' ? 'メール: ' : 'E-mail: ') + contact.email] : []),
    ...(contact.url ? [contact.url] : []),
    ...(contact.hours ? [contact.hours[lang]] : []),
  ].filter((line) => line !== '');
}

/**
 * The notice to one affected person as a letter (laid out by the reply letters' renderer): the recipient's postal
 * block, the five BR-11 items, and the operator's complaint desk as the enquiry contact.
 */
export function buildBreachNoticeLetter(input: {
  readonly lang: Lang;
  readonly operatorName: string;
  readonly desk?: Contact | undefined;
  readonly recipient: NoticeRecipient;
  readonly notice: BreachNotice;
  readonly now: Date;
}): ReplyLetter {
  const t = TEXT[input.lang];
  const { recipient, notice } = input;
  const postal = [recipient.postalCode ? `〒${recipient.postalCode}` : '', recipient.address ?? '']
    .filter((s) => s !== '')
    .join(' ');
  const values = [notice.summary, notice.personalData, notice.cause, notice.secondaryHarm, notice.other];
  return {
    lang: input.lang,
    title: t.title,
    date: japanDate(input.now),
    from: input.operatorName,
    paragraphs: [
      ...(postal === '' ? [] : [postal]),
      ...(recipient.name ? [t.dear(recipient.name)] : []),
      t.intro,
      t.closing,
    ],
    sections: [
      ...t.headings.map((heading, i) => ({ heading, lines: [values[i]?.trim() || t.none] })),
      { heading: t.desk, lines: contactLines(input.desk, input.lang) },
    ],
  };
}

/** The same notice as a plain-text e-mail. */
export function breachNoticeMail(letter: ReplyLetter): { readonly subject: string; readonly text: string } {
  const body = letter.paragraphs.filter((p) => !p.startsWith('〒'));
  const lines = [...body, ''];
  for (const section of letter.sections) lines.push(`■ ${section.heading}`, ...section.lines, '');
  lines.push(letter.from);
  return { subject: `【${letter.from}】${letter.title}`, text: lines.join('\n') };
}
