import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { type PreferenceChoice, preferenceChoices } from '../../core/consent/preference-choices.ts';
import { hashSecret } from '../auth/secret-token.ts';
import { currentNoticeVersion } from '../notice/published-notices.ts';
import type { PreferenceDeps } from './preference-deps.ts';

export interface OpenedPreferences {
  readonly subjectId: string;
  readonly expiresAt: Date;
  /** The ledger version of the published notice the choices are worded from (sent back when saving). */
  readonly noticeVersion: number;
  readonly choices: readonly PreferenceChoice[];
}

/**
 * The person behind a mailed link and their choices: the link's address gets a random subject id the first
 * time; the wording is the published notice's, the state what the decision engine sees now.
 */
export async function openPreferences(
  deps: Omit<PreferenceDeps, 'mailer' | 'publicUrl'>,
  input: { readonly token: string; readonly lang: 'ja' | 'en' },
): Promise<OpenedPreferences> {
  const link = await deps.store.preferences.findLink(hashSecret(input.token));
  if (link === undefined) throw new AppError('NOT_FOUND', 'this link is not valid: ask for a new one');
  const now = deps.clock.now();
  if (link.expiresAt <= now) {
    throw new AppError('NOT_FOUND', 'this link has expired: ask for a new one', { details: { rule: 'gone' } });
  }
  const subjectId = await deps.store.preferences.subjectFor(link.emailDigest, `pc-${randomUUID()}`, now);
  const noticeVersion = await currentNoticeVersion(deps.store);
  const version = noticeVersion === undefined ? undefined : await deps.store.ledgerVersions.get(noticeVersion);
  if (noticeVersion === undefined || version === undefined) {
    throw new AppError('NOT_FOUND', 'no privacy notice has been published yet');
  }
  const [consents, suspensions] = await Promise.all([
    deps.store.consents.listForSubject(subjectId),
    deps.store.suspensions.listForSubject(subjectId),
  ]);
  const choices = preferenceChoices(
    version.ledger,
    { consents, suspensions },
    { lang: input.lang, noticeVersion, now },
  );
  return { subjectId, expiresAt: link.expiresAt, noticeVersion, choices };
}
