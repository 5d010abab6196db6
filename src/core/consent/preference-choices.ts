import type { Ledger } from '../ledger/ledger.ts';
import type { Lang, LocalizedText } from '../ledger/localized-text.ts';
import { createNoticeContext, type NoticeContext } from '../notice/notice-context.ts';
import type { ConsentScope, ConsentStatus, SubjectState } from './consent-record.ts';
import { effectiveConsent } from './effective-consent.ts';

/** OT-1: what a person is told before consenting to a provision abroad. */
export interface OverseasInformation {
  readonly country: string;
  readonly countryName: string;
  /** The country's protection system: its name, where to read about it, a summary. */
  readonly system: readonly string[];
  readonly measures?: string;
  readonly foreignSystemImpact?: string;
}

/** One thing the ledger lets a person say yes or no to, in one language, with what they said last. */
export interface PreferenceChoice {
  readonly kind: 'purpose' | 'recipient';
  readonly id: string;
  /** opt-in: nothing happens without consent; opt-out: it happens until the person objects. */
  readonly mode: 'opt-in' | 'opt-out';
  readonly title: string;
  /** What kind of company a recipient is, and what it uses the data for there. */
  readonly recipientKind?: string;
  readonly purposesAtRecipient: readonly string[];
  /** Published notes: how the purpose is run, on what basis a recipient receives data. */
  readonly details: readonly string[];
  readonly categories: readonly string[];
  readonly items: readonly string[];
  readonly operators: readonly string[];
  readonly overseas?: OverseasInformation;
  readonly scope: ConsentScope;
  /** Recorded with the consent (OT-1): the notice version shown, and the overseas information's own version. */
  readonly informationVersion: string;
  readonly last?: { readonly status: ConsentStatus; readonly at: Date };
  /** Whether the use or provision may happen for this person now, as the decision engine will see it. */
  readonly active: boolean;
}

export interface PreferenceOptions {
  readonly lang: Lang;
  /** The ledger version of the published notice the person is shown. */
  readonly noticeVersion: number;
  readonly now: Date;
}

/** `notice-v3`, or `notice-v3+ot1-us-2026-04` when the recipient's overseas information has a version. */
export function informationVersion(noticeVersion: number, overseasVersion?: string): string {
  return overseasVersion ? `notice-v${noticeVersion}+${overseasVersion}` : `notice-v${noticeVersion}`;
}

/**
 * What the privacy center offers: purposes that need consent or allow opting out (newsletter, partner offers,
 * targeted ads) and active third parties provided to by consent or opt-out, with the person's current say.
 */
export function preferenceChoices(ledger: Ledger, state: SubjectState, options: PreferenceOptions): PreferenceChoice[] {
  const ctx = createNoticeContext(ledger, { lang: options.lang });
  const out: PreferenceChoice[] = [];
  for (const purpose of ledger.purposes) {
    // As decide() reads it: opt-out wins; otherwise opt-in, or a purpose added after collection (Art. 18).
    const optOut = purpose.consent === 'opt-out';
    if (!optOut && purpose.consent !== 'opt-in' && !purpose.addedAfterCollection) continue;
    out.push(
      choice(ctx, state, options, {
        kind: 'purpose',
        id: purpose.id,
        mode: optOut ? 'opt-out' : 'opt-in',
        title: ctx.t(purpose.text),
        purposesAtRecipient: [],
        details: purpose.publishedNote ? [ctx.t(purpose.publishedNote)] : [],
        categories: purpose.categories,
        items: purpose.items,
        operators: purpose.operators,
        scope: { purpose: purpose.id },
        asked: { purpose: purpose.id },
      }),
    );
  }
  for (const recipient of ledger.recipients) {
    if (recipient.status === 'suspended') continue;
    if (recipient.basis !== 'consent' && recipient.basis !== 'opt-out') continue;
    const abroad = recipient.country !== 'JP';
    const overseas = recipient.overseas;
    out.push(
      choice(ctx, state, options, {
        kind: 'recipient',
        id: recipient.id,
        mode: recipient.basis === 'opt-out' ? 'opt-out' : 'opt-in',
        title: ctx.t(recipient.name),
        ...(recipient.kind ? { recipientKind: ctx.t(recipient.kind) } : {}),
        purposesAtRecipient: recipient.purposesAtRecipient.map(ctx.t),
        details: recipient.basisNote ? [ctx.t(recipient.basisNote)] : [],
        categories: recipient.categories,
        items: recipient.items,
        operators: recipient.operators,
        scope: { recipient: recipient.id, ...(abroad ? { country: recipient.country } : {}) },
        asked: { recipient: recipient.id, country: recipient.country },
        ...(abroad
          ? {
              overseas: overseasInformation(ctx, recipient.country, overseas?.measures, overseas?.foreignSystemImpact),
              overseasVersion: overseas?.version,
            }
          : {}),
      }),
    );
  }
  for (const contractor of ledger.contractors) {
    if (contractor.overseas?.route !== 'consent') continue;
    out.push(
      choice(ctx, state, options, {
        kind: 'recipient',
        id: contractor.id,
        mode: 'opt-in',
        title: ctx.t(contractor.name),
        purposesAtRecipient: [],
        details: [ctx.t(contractor.overseas.establishment)],
        categories: contractor.categories,
        items: contractor.items,
        operators: contractor.operators,
        scope: { recipient: contractor.id, country: contractor.country },
        asked: { recipient: contractor.id, country: contractor.country },
        overseas: overseasInformation(
          ctx,
          contractor.country,
          contractor.overseas.measures,
          contractor.overseas.foreignSystems,
        ),
      }),
    );
  }
  return out;
}

/** The status to record when a person sets a choice to `wanted`, or undefined when nothing changes. */
export function statusToRecord(choice: PreferenceChoice, wanted: boolean): ConsentStatus | undefined {
  if (wanted === choice.active) {
    // A clear no to a consent never asked before is kept: the person was asked and answered.
    return !wanted && choice.mode === 'opt-in' && choice.last === undefined ? 'refused' : undefined;
  }
  if (wanted) return 'given';
  return choice.last?.status === 'given' ? 'withdrawn' : 'refused';
}

interface ChoiceSpec {
  readonly kind: PreferenceChoice['kind'];
  readonly id: string;
  readonly mode: PreferenceChoice['mode'];
  readonly title: string;
  readonly recipientKind?: string;
  readonly purposesAtRecipient: readonly string[];
  readonly details: readonly string[];
  readonly categories: readonly string[];
  readonly items: readonly string[];
  readonly operators: readonly string[] | undefined;
  readonly scope: ConsentScope;
  /** The scope the decision engine asks about (a recipient in its own country). */
  readonly asked: ConsentScope;
  readonly overseas?: OverseasInformation;
  readonly overseasVersion?: string | undefined;
}

function choice(
  ctx: NoticeContext,
  state: SubjectState,
  options: PreferenceOptions,
  spec: ChoiceSpec,
): PreferenceChoice {
  const record = effectiveConsent(state, spec.asked, [], options.now);
  const active =
    spec.mode === 'opt-in' ? record?.status === 'given' : record === undefined || record.status === 'given';
  return {
    kind: spec.kind,
    id: spec.id,
    mode: spec.mode,
    title: spec.title,
    ...(spec.recipientKind ? { recipientKind: spec.recipientKind } : {}),
    purposesAtRecipient: spec.purposesAtRecipient,
    details: spec.details,
    categories: ctx.categoryNames(spec.categories),
    items: ctx.itemNames(spec.items),
    operators: spec.operators === undefined ? [] : ctx.operatorNames(spec.operators),
    ...(spec.overseas ? { overseas: spec.overseas } : {}),
    scope: spec.scope,
    informationVersion: informationVersion(options.noticeVersion, spec.overseasVersion),
    ...(record ? { last: { status: record.status, at: record.at } } : {}),
    active,
  };
}

function overseasInformation(
  ctx: NoticeContext,
  country: string,
  measures: LocalizedText | undefined,
  impact: LocalizedText | undefined,
): OverseasInformation {
  return {
    country,
    countryName: ctx.countryName(country),
    system: ctx.countryInfo(country),
    ...(measures ? { measures: ctx.t(measures) } : {}),
    ...(impact ? { foreignSystemImpact: ctx.t(impact) } : {}),
  };
}
