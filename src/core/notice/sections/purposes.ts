import type { Purpose } from '../../ledger/purpose.ts';
import type { SubjectCategory } from '../../ledger/subject-category.ts';
import { field, fields, list, note, paragraph, section } from '../blocks.ts';
import type { NoticeContext } from '../notice-context.ts';
import type { ListItem, NoticeSection } from '../notice-model.ts';
import type { PhraseKey } from '../phrases.ts';

/**
 * Purposes of use per kind of person. Data the operators hold as controllers come first; data handled for
 * customers (processor categories) is described apart, saying requests go through the customer (SmartHR 2(ii)).
 */
export function purposesSection(ctx: NoticeContext): NoticeSection | undefined {
  const categories = ctx.ledger.subjectCategories.filter((c) => ctx.applies(c.operators));
  const own = grouped(
    categories.filter((c) => c.role === 'controller'),
    ctx,
  );
  const entrusted = grouped(
    categories.filter((c) => c.role === 'processor'),
    ctx,
  );
  if (own.length === 0 && entrusted.length === 0) return undefined;
  const entrustedSection =
    entrusted.length > 0
      ? [section('purposes-entrusted', ctx.l('entrusted'), [paragraph(ctx.p('entrusted'))], entrusted)]
      : [];
  return section('purposes', ctx.l('purposes'), [paragraph(ctx.p('purposesIntro'))], [...own, ...entrustedSection]);
}

/** Categories sharing a `group` heading (kaonavi 1.1/1.2) nest under it, where the group first appears. */
function grouped(categories: readonly SubjectCategory[], ctx: NoticeContext): NoticeSection[] {
  const out: NoticeSection[] = [];
  const groups = new Map<string, { heading: string; members: NoticeSection[] }>();
  for (const category of categories) {
    const entry = categorySection(category, ctx);
    if (!entry) continue;
    if (!category.group) {
      out.push(entry);
      continue;
    }
    const key = category.group.ja;
    const group = groups.get(key);
    if (group) {
      group.members.push(entry);
      continue;
    }
    const created = { heading: ctx.t(category.group), members: [entry] };
    groups.set(key, created);
    // The group's section shares `members`, which later categories of the group join.
    out.push(section(`purposes-group-${category.id}`, created.heading, [], created.members));
  }
  return out;
}

function categorySection(category: SubjectCategory, ctx: NoticeContext): NoticeSection | undefined {
  const purposes = ctx.ledger.purposes.filter((p) => p.categories.includes(category.id) && ctx.applies(p.operators));
  if (purposes.length === 0) return undefined;
  const items = ctx.ledger.dataItems.filter((item) => item.categories.includes(category.id));
  return section(`purposes-${category.id}`, ctx.t(category.name), [
    ...(category.description ? [paragraph(ctx.t(category.description))] : []),
    ...(category.entrustedBy ? [paragraph(ctx.p('entrustedBy', { customer: ctx.t(category.entrustedBy) }))] : []),
    fields([field(ctx.l('mainItems'), ctx.join(items.map((item) => ctx.t(item.name))))]),
    list(purposes.map((purpose) => purposeItem(purpose, ctx))),
    ...requestNote(category, ctx),
  ]);
}

const SPECIAL_CARE_PHRASE = {
  consent: 'specialCareConsent',
  law: 'specialCareException', // a law named in `specialCareBasis.law` gets 'specialCareLaw'
  'life-body-property': 'specialCareException',
  'public-health': 'specialCareException',
  'government-cooperation': 'specialCareException',
  'self-published': 'specialCareException',
  'academic-research': 'specialCareException',
  'visible-facts': 'specialCareException',
} as const satisfies Record<NonNullable<Purpose['specialCareBasis']>['kind'], PhraseKey>;

function purposeItem(purpose: Purpose, ctx: NoticeContext): ListItem {
  const consent =
    purpose.consent === 'opt-in'
      ? ctx.p('consentOptIn')
      : purpose.consent === 'opt-out'
        ? ctx.p('consentOptOut')
        : undefined;
  const text = consent ? `${ctx.t(purpose.text)}${ctx.lang === 'ja' ? consent : ` ${consent}`}` : ctx.t(purpose.text);
  const special = ctx.ledger.dataItems.filter((item) => purpose.items.includes(item.id) && item.flags.specialCare);
  const details = [
    ...(special.length > 0 && purpose.specialCareBasis
      ? [
          ctx.p(purpose.specialCareBasis.law ? 'specialCareLaw' : SPECIAL_CARE_PHRASE[purpose.specialCareBasis.kind], {
            items: ctx.join(special.map((item) => ctx.t(item.name))),
            law: purpose.specialCareBasis.law ? ctx.t(purpose.specialCareBasis.law) : '',
          }),
        ]
      : []),
    // `publishedNote` is wording for the notice; `note` stays the ledger keeper's own remark.
    ...(purpose.publishedNote ? [ctx.t(purpose.publishedNote)] : []),
  ];
  return details.length > 0 ? { text, items: details } : { text };
}

/** How requests about entrusted data are handled (SmartHR 6(i)): through the customer unless stated otherwise. */
function requestNote(category: SubjectCategory, ctx: NoticeContext) {
  const handling = category.requestHandling ?? (category.role === 'processor' ? 'refer-to-controller' : 'direct');
  if (handling === 'direct') return [];
  return [note(ctx.p(handling === 'controller-authorisation' ? 'entrustedAuthorisation' : 'entrustedRequests'))];
}
