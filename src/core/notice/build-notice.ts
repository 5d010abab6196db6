import { AppError } from '../app-error.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { BuildNoticeOptions } from './build-notice-options.ts';
import { createNoticeContext } from './notice-context.ts';
import type { NoticeModel, NoticeSection } from './notice-model.ts';
import { complaintsSection } from './sections/complaints.ts';
import { contractingSection } from './sections/contracting.ts';
import { cookiesSection } from './sections/cookies.ts';
import { customSections } from './sections/custom.ts';
import { deidentifiedSection } from './sections/deidentified.ts';
import { jointUseSection } from './sections/joint-use.ts';
import { myNumberSection } from './sections/my-number.ts';
import { operatorSection } from './sections/operator.ts';
import { overseasStorageSection } from './sections/overseas-storage.ts';
import { policySection } from './sections/policy.ts';
import { provisionSection } from './sections/provision.ts';
import { purposesSection } from './sections/purposes.ts';
import { requestsSection } from './sections/requests.ts';
import { retainedDataSection } from './sections/retained-data.ts';
import { revisionsSection } from './sections/revisions.ts';

/**
 * Computes the published privacy notice (プライバシーポリシー) from the ledger, in one language, for the whole
 * group or one operator. Pure: the same ledger always gives the same notice, so notice and reality cannot drift.
 */
export function buildNotice(ledger: Ledger, options: BuildNoticeOptions): NoticeModel {
  if (options.operatorId !== undefined && !ledger.operators.some((op) => op.id === options.operatorId)) {
    throw new AppError('NOT_FOUND', `no operator "${options.operatorId}" in ledger "${ledger.ledger.id}"`, {
      details: { operators: ledger.operators.map((op) => op.id) },
    });
  }
  const ctx = createNoticeContext(ledger, options);
  const sections = [
    policySection(ctx),
    operatorSection(ctx),
    purposesSection(ctx),
    provisionSection(ctx),
    jointUseSection(ctx),
    contractingSection(ctx),
    overseasStorageSection(ctx),
    deidentifiedSection(ctx),
    retainedDataSection(ctx),
    requestsSection(ctx),
    cookiesSection(ctx),
    myNumberSection(ctx),
    ...customSections(ctx),
    complaintsSection(ctx),
    revisionsSection(ctx),
  ].filter((s): s is NoticeSection => s !== undefined);
  const publisher = ctx.join(ctx.operators.map((op) => ctx.t(op.name)));
  return {
    lang: options.lang,
    langTag: options.lang === 'ja' ? 'ja-JP' : 'en',
    title: ledger.notice.title ? ctx.t(ledger.notice.title) : ctx.l('title'),
    subtitle: `${ctx.l('subtitle')} — ${publisher}`,
    ledgerId: ledger.ledger.id,
    operatorIds: ctx.operators.map((op) => op.id),
    publisher,
    tableOfContents: ctx.l('contents'),
    sections: sections.map((s, index) => ({ ...s, number: String(index + 1) })),
  };
}
