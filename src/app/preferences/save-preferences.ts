import { AppError, type FieldIssue } from '../../core/app-error.ts';
import type { ConsentStatus } from '../../core/consent/consent-record.ts';
import { statusToRecord } from '../../core/consent/preference-choices.ts';
import { recordConsent } from '../record-consent.ts';
import { type OpenedPreferences, openPreferences } from './open-preferences.ts';
import type { PreferenceDeps } from './preference-deps.ts';

export interface PreferenceInput {
  readonly kind: 'purpose' | 'recipient';
  readonly id: string;
  readonly consent: boolean;
}

export interface SavedPreference {
  readonly kind: 'purpose' | 'recipient';
  readonly id: string;
  readonly status: ConsentStatus;
  readonly consentId: string;
  readonly informationVersion: string;
}

/**
 * Records the person's changed choices as consents, withdrawals or refusals (method `privacy-center`), each
 * with the information version they were shown (OT-1). Refuses if the published notice changed since the page
 * was opened: the person must see the new wording first.
 */
export async function savePreferences(
  deps: Omit<PreferenceDeps, 'mailer' | 'publicUrl'>,
  input: {
    readonly token: string;
    readonly lang: 'ja' | 'en';
    readonly noticeVersion: number;
    readonly choices: readonly PreferenceInput[];
  },
): Promise<{ readonly saved: readonly SavedPreference[]; readonly preferences: OpenedPreferences }> {
  const opened = await openPreferences(deps, input);
  if (opened.noticeVersion !== input.noticeVersion) {
    throw new AppError('CONFLICT', 'the privacy notice changed since you opened this page: review the choices again', {
      details: { rule: 'information-changed', noticeVersion: opened.noticeVersion },
    });
  }
  const issues: FieldIssue[] = [];
  const changes = input.choices.flatMap((wanted, index) => {
    const choice = opened.choices.find((c) => c.kind === wanted.kind && c.id === wanted.id);
    if (choice === undefined) {
      issues.push({ path: `choices.${index}.id`, message: `no ${wanted.kind} "${wanted.id}" asks for your choice` });
      return [];
    }
    const status = statusToRecord(choice, wanted.consent);
    return status === undefined ? [] : [{ choice, status }];
  });
  if (issues.length > 0) throw new AppError('VALIDATION', 'some choices are not offered', { issues });
  const saved: SavedPreference[] = [];
  for (const { choice, status } of changes) {
    const { consent } = await recordConsent(deps, {
      subjectId: opened.subjectId,
      status,
      scope: choice.scope,
      method: 'privacy-center',
      recordedBy: 'privacy-center',
      informationVersion: choice.informationVersion,
    });
    saved.push({
      kind: choice.kind,
      id: choice.id,
      status,
      consentId: consent.id,
      informationVersion: choice.informationVersion,
    });
  }
  return { saved, preferences: saved.length === 0 ? opened : await openPreferences(deps, input) };
}
