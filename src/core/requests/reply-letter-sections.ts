import type { Ledger } from '../ledger/ledger.ts';
import type { Contact, Lang, LocalizedText } from '../ledger/localized-text.ts';
import type { RequestProcedure } from '../ledger/request-procedure.ts';
import {
  AGENT_KIND_LABELS,
  INTAKE_METHOD_LABELS,
  PAYMENT_METHOD_LABELS,
  REPLY_METHOD_LABELS,
  REQUEST_TYPE_LABELS,
} from '../notice/enum-labels.ts';
import type { NotifiedPurpose } from './applicable-purposes.ts';
import type { ExecutionSummary } from './privacy-request.ts';

/** One titled block of the letter: a heading and its lines (each printed as a bullet). */
export interface LetterSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** A provision record as the letter lists it (RQ-4 records of provision to third parties). */
export interface LetterProvision {
  readonly recipient: string;
  readonly items: readonly string[];
  readonly firstProvidedAt: string;
  readonly lastProvidedAt: string;
}

const join = (lang: Lang, parts: readonly string[]) => parts.join(lang === 'ja' ? '、' : ', ');
const named = (names: ReadonlyMap<string, LocalizedText>, id: string, lang: Lang) => names.get(id)?.[lang] ?? id;

/** RQ-2: every purpose that applies to the person, with its note, the person's categories and the items used. */
export function purposeSections(lang: Lang, purposes: readonly NotifiedPurpose[]): LetterSection[] {
  const L =
    lang === 'ja'
      ? { cats: '対象となるご本人の区分', items: '利用する項目' }
      : { cats: 'Applies to', items: 'Items used' };
  return purposes.map((p) => ({
    heading: p.text[lang],
    lines: [
      ...(p.publishedNote ? [p.publishedNote[lang]] : []),
      `${L.cats}: ${join(
        lang,
        p.categories.map((c) => c.name[lang]),
      )}`,
      `${L.items}: ${join(
        lang,
        p.items.map((i) => i.name[lang]),
      )}`,
    ],
  }));
}

/** The operator's request procedure: how to ask, fees and payment, identity documents, replies and the desk. */
export function procedureSection(lang: Lang, procedure: RequestProcedure, desk: Contact | undefined): LetterSection {
  const ja = lang === 'ja';
  const lines: string[] = [];
  lines.push(
    `${ja ? '受付方法' : 'How to ask'}: ${join(
      lang,
      procedure.intake.methods.map((m) => INTAKE_METHOD_LABELS[m][lang]),
    )}`,
  );
  for (const i of procedure.intake.instructions) lines.push(i[lang]);
  const fees = procedure.types
    .map((t) => ({ t, fee: procedure.fees[t] ?? 0 }))
    .filter((f) => f.fee > 0)
    .map((f) => `${REQUEST_TYPE_LABELS[f.t][lang]} ${f.fee.toLocaleString('en')}${ja ? '円' : ' JPY'}`);
  const tax = procedure.feeIncludesTax ? (ja ? '（税込）' : ' (tax included)') : ja ? '（税別）' : ' (plus tax)';
  lines.push(
    `${ja ? '手数料' : 'Fees'}: ${fees.length > 0 ? `${join(lang, fees)}${tax}` : ja ? '無料' : 'free of charge'}`,
  );
  if (fees.length > 0 && procedure.payment.methods.length > 0) {
    const methods = join(
      lang,
      procedure.payment.methods.map((m) => PAYMENT_METHOD_LABELS[m][lang]),
    );
    lines.push(`${ja ? 'お支払い方法' : 'Payment'}: ${methods}`);
  }
  lines.push(
    `${ja ? '本人確認書類' : 'Identity documents'}: ${join(
      lang,
      procedure.identity.self.map((d) => d[lang]),
    )}`,
  );
  for (const [kind, documents] of Object.entries(procedure.identity.agents)) {
    const label = AGENT_KIND_LABELS[kind as keyof typeof AGENT_KIND_LABELS][lang];
    lines.push(
      `${label}: ${join(
        lang,
        (documents ?? []).map((d) => d[lang]),
      )}`,
    );
  }
  lines.push(
    `${ja ? '回答方法' : 'Replies'}: ${join(
      lang,
      procedure.replyMethods.map((m) => REPLY_METHOD_LABELS[m][lang]),
    )}`,
  );
  lines.push(
    ja
      ? `回答の目安: 受付から${procedure.targetDays}日以内`
      : `We aim to reply within ${procedure.targetDays} days of receipt`,
  );
  if (desk !== undefined) {
    const contact = [desk.name[lang], desk.address?.[lang], desk.email, ...(desk.phone ?? [])].filter(
      (part): part is string => part !== undefined,
    );
    lines.push(`${ja ? 'お問い合わせ窓口' : 'Contact'}: ${contact.join(' ')}`);
  }
  return { heading: ja ? '開示等の請求の手続' : 'How to make requests about your personal data', lines };
}

/** RQ-4: to whom, which items, first and last provision. */
export function provisionSection(lang: Lang, provisions: readonly LetterProvision[]): LetterSection {
  const ja = lang === 'ja';
  return {
    heading: ja ? '第三者提供記録' : 'Records of provision to third parties',
    lines:
      provisions.length === 0
        ? [ja ? '該当する記録はありません。' : 'There are no records.']
        : provisions.map(
            (p) =>
              `${p.recipient}: ${join(lang, p.items)} (${p.firstProvidedAt.slice(0, 10)} - ${p.lastProvidedAt.slice(0, 10)})`,
          ),
  };
}

/** What was carried out: erased or corrected items, what a legal rule keeps (and until when), suspensions. */
export function executionSection(
  lang: Lang,
  ledger: Ledger | undefined,
  summary: ExecutionSummary,
  date: string,
): LetterSection {
  const ja = lang === 'ja';
  const items = new Map((ledger?.dataItems ?? []).map((i) => [i.id, i.name]));
  const rules = new Map(
    (ledger?.retentionRules ?? []).map((r) => [r.id, r.name ?? ({ ja: r.id, en: r.id } as LocalizedText)]),
  );
  const lines: string[] = [];
  const itemList = join(
    lang,
    (summary.items ?? []).map((i) => named(items, i, lang)),
  );
  if (summary.kind === 'erasure') {
    lines.push(
      ja ? `${date}に、ご請求の個人データを消去しました。` : `On ${date} we erased the personal data you asked about.`,
    );
    if (itemList) lines.push(`${ja ? '消去した項目' : 'Items erased'}: ${itemList}`);
    for (const kept of summary.kept ?? []) {
      const until = kept.until ?? (ja ? '法令の定める期間' : 'the period the law sets');
      const what = join(
        lang,
        kept.items.map((i) => named(items, i, lang)),
      );
      lines.push(
        ja
          ? `法令により保存が必要なため保持: ${what}（${named(rules, kept.rule, lang)}、${until}まで）`
          : `Kept because the law requires it: ${what} (${named(rules, kept.rule, lang)}, until ${until})`,
      );
    }
  } else if (summary.kind === 'correction') {
    lines.push(
      ja ? `${date}に、ご請求のとおり内容を訂正しました。` : `On ${date} we corrected your data as you asked.`,
    );
    if (itemList) lines.push(`${ja ? '訂正した項目' : 'Items corrected'}: ${itemList}`);
  } else {
    const s = summary.suspension;
    const purpose = s?.purpose
      ? (ledger?.purposes.find((p) => p.id === s.purpose)?.text[lang] ?? s.purpose)
      : undefined;
    const recipient = s?.recipient
      ? (ledger?.recipients.find((r) => r.id === s.recipient)?.name[lang] ?? s.recipient)
      : undefined;
    if (s?.kind === 'provision') {
      lines.push(
        ja
          ? `${date}以降、${recipient ?? '第三者'}へのご本人の個人データの提供を停止しました。`
          : `From ${date} we stopped providing your personal data to ${recipient ?? 'third parties'}.`,
      );
    } else {
      lines.push(
        ja
          ? `${date}以降、${purpose ? `「${purpose}」のための` : ''}ご本人の個人データの利用を停止しました。`
          : `From ${date} we stopped using your personal data${purpose ? ` for "${purpose}"` : ''}.`,
      );
    }
  }
  if (summary.kind !== 'suspension') {
    lines.push(ja ? `対象システム数: ${summary.systems}` : `Systems concerned: ${summary.systems}`);
  }
  return { heading: ja ? '対応の内容' : 'What we did', lines };
}
