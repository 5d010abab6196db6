import { type FormEvent, useState } from 'react';
import { ApiError, api, issueFor } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';

/** Step one: the person gives their e-mail address and receives a one-time link (the same answer for anyone). */
export function AskLinkForm() {
  const { t, locale } = useI18n();
  const [email, setEmail] = useState('');
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent'; email: string } | { kind: 'error'; error: unknown }
  >({ kind: 'idle' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'sending' });
    try {
      await api('POST', '/privacy/preferences/links', { body: { email, lang: locale } });
      setState({ kind: 'sent', email });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };
  const error = state.kind === 'error' ? state.error : undefined;
  const fieldError = issueFor(error, 'email');
  const formError =
    error === undefined || fieldError !== undefined
      ? undefined
      : error instanceof ApiError && error.status === 429
        ? t('privacyPrefs.tooMany')
        : error instanceof ApiError && error.status === 422
          ? t('privacyPrefs.noMail')
          : t('common.error', { message: error instanceof Error ? error.message : String(error) });
  return (
    <section className="card prf-ask" aria-labelledby="prf-ask-title">
      <h2 id="prf-ask-title">{t('privacyPrefs.askTitle')}</h2>
      <p>{t('privacyPrefs.askHint')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="prf-email">{t('privacyPrefs.email')}</label>
          <p className="hint" id="prf-email-hint">
            {t('privacyPrefs.emailHint')}
          </p>
          <input
            id="prf-email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={fieldError !== undefined}
            aria-describedby={fieldError ? 'prf-email-hint prf-email-error' : 'prf-email-hint'}
          />
          {fieldError ? (
            <p className="field-error" id="prf-email-error">
              {fieldError}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={state.kind === 'sending'}>
          {state.kind === 'sending' ? t('privacyPrefs.sending') : t('privacyPrefs.send')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {state.kind === 'sent' ? (
          <p className="notice-ok prf-sent" data-testid="link-sent">
            {t('privacyPrefs.sent', { email: state.email })}
          </p>
        ) : null}
      </div>
      {formError ? (
        <p className="error" role="alert">
          {formError}
        </p>
      ) : null}
      <p className="hint">{t('privacyPrefs.privacyNote')}</p>
    </section>
  );
}
