import { AppError } from '../../core/app-error.ts';
import type { EvidenceLog, EvidenceReceipt } from '../evidence-log.ts';
import type { Clock, Store } from '../ports.ts';
import type { NoticePublication } from '../privacy-center-ports.ts';
import { currentNoticeVersion } from './published-notices.ts';

export interface PublishNoticeInput {
  /** The ledger version the publisher previewed: publishing refuses if the ledger moved on since. */
  readonly ledgerVersion: number;
  readonly comment: string;
  readonly actor: string;
}

/**
 * Publishes the notice of the current ledger version: from now on the privacy center shows it (and lists the
 * previous one among past versions). Recorded in the evidence log.
 */
export async function publishNotice(
  deps: { readonly store: Store; readonly clock: Clock; readonly evidence: EvidenceLog },
  input: PublishNoticeInput,
): Promise<{ publication: NoticePublication; evidence: EvidenceReceipt }> {
  const latest = await deps.store.ledgerVersions.latestNumber();
  if (latest === undefined) throw new AppError('NOT_FOUND', 'no ledger has been imported yet');
  if (input.ledgerVersion !== latest) {
    throw new AppError(
      'CONFLICT',
      `the ledger is now at version ${latest}: preview that version before publishing it (you previewed ${input.ledgerVersion})`,
      { details: { rule: 'stale-preview', current: latest } },
    );
  }
  const previous = await currentNoticeVersion(deps.store);
  const publication: NoticePublication = {
    ledgerVersion: latest,
    publishedAt: deps.clock.now(),
    publishedBy: input.actor,
    comment: input.comment,
  };
  await deps.store.noticePublications.add(publication);
  const evidence = await deps.evidence.append({
    type: 'notice',
    actor: input.actor,
    at: publication.publishedAt,
    payload: { published: latest, ...(previous === undefined ? {} : { previous }) },
  });
  return { publication, evidence };
}
