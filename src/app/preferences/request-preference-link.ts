import { AppError } from '../../core/app-error.ts';
import { hashSecret, newSecret } from '../auth/secret-token.ts';
import { emailDigest } from './email-digest.ts';
import { PREFERENCE_LINK_HOURS, type PreferenceDeps } from './preference-deps.ts';

const MAIL = {
  ja: {
    subject: '【プライバシーセンター】同意の設定ページのご案内',
    text: (url: string) =>
      [
        'プライバシーセンターで、同意の設定ページのご案内をご依頼いただきました。',
        `下記のリンクから、${PREFERENCE_LINK_HOURS}時間以内にお手続きください。`,
        '',
        url,
        '',
        'お心当たりがない場合は、このメールを破棄してください。設定は変更されません。',
      ].join('\n'),
  },
  en: {
    subject: '[Privacy Center] Your consent preferences',
    text: (url: string) =>
      [
        'You asked the Privacy Center for a link to your consent preferences.',
        `Open the link below within ${PREFERENCE_LINK_HOURS} hours.`,
        '',
        url,
        '',
        'If you did not ask for it, ignore this e-mail: nothing changes.',
      ].join('\n'),
  },
} as const;

/**
 * Mails a one-time link to the address given: whoever opens it proves they read that mailbox. Answers the same
 * whether or not the address is known, so the form tells nobody who is a customer.
 */
export async function requestPreferenceLink(
  deps: PreferenceDeps,
  input: { readonly email: string; readonly lang: 'ja' | 'en' },
): Promise<{ readonly expiresAt: Date }> {
  if (deps.mailer === undefined) {
    throw new AppError('UNPROCESSABLE', 'this server cannot send e-mail (MAMORI_SMTP_URL is not set)', {
      details: { rule: 'no-mailer' },
    });
  }
  const token = newSecret();
  const createdAt = deps.clock.now();
  const expiresAt = new Date(createdAt.getTime() + PREFERENCE_LINK_HOURS * 3_600_000);
  await deps.store.preferences.addLink({
    tokenHash: hashSecret(token),
    emailDigest: emailDigest(input.email),
    lang: input.lang,
    createdAt,
    expiresAt,
  });
  // Links a week past their expiry are only clutter (until then an old link still answers "expired").
  await deps.store.preferences.purgeLinks(new Date(createdAt.getTime() - 7 * 24 * 3_600_000));
  const url = `${deps.publicUrl.replace(/\/+$/, '')}/privacy-center/preferences/${token}`;
  const mail = MAIL[input.lang];
  await deps.mailer.send({ to: input.email, subject: mail.subject, text: mail.text(url) });
  return { expiresAt };
}
