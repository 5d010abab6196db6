import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, api } from '../shared/api.ts';
import { LanguageSwitch, useI18n } from '../shared/i18n.tsx';
import type { LoginStage } from './session.tsx';

interface Props {
  /** Where this browser's session stands; undefined: not logged in. */
  readonly stage: LoginStage | undefined;
  /** Called after each step so the console re-reads the session. */
  readonly onProgress: () => void;
}

/**
 * Sign-in in the API's stages: e-mail and password; a new password when the account must change it; enrolling an
 * authenticator (shown as a key and an otpauth URI; recovery codes shown once); the six-digit code.
 */
export function SignIn({ stage, onProgress }: Props) {
  const { t } = useI18n();
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[] | undefined>(undefined);
  let body: ReactNode;
  if (recoveryCodes !== undefined) {
    const done = () => {
      setRecoveryCodes(undefined);
      onProgress();
    };
    body = <RecoveryCodes codes={recoveryCodes} onDone={done} />;
  } else if (stage === undefined || stage === 'complete') body = <PasswordStep onDone={onProgress} />;
  else if (stage === 'password-change-required') body = <NewPasswordStep onDone={onProgress} />;
  else if (stage === 'totp-enrolment-required') body = <EnrolStep onDone={setRecoveryCodes} />;
  else body = <CodeStep onDone={onProgress} />;
  return (
    <>
      <header className="topbar">
        <span className="brand">{t('console.brand')}</span>
        <span className="spacer" />
        <LanguageSwitch />
      </header>
      <main id="main">
        <div className="page">
          <div className="card" style={{ maxWidth: 520, margin: '24px auto' }}>
            {body}
          </div>
        </div>
      </main>
    </>
  );
}

function useStep() {
  const { t } = useI18n();
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 429
          ? t('console.signIn.throttled')
          : caught instanceof ApiError
            ? [caught.message, ...caught.issues.map((issue) => issue.message)].join(': ')
            : String(caught),
      );
    } finally {
      setBusy(false);
    }
  };
  const alert =
    error === undefined ? null : (
      <p className="error" role="alert">
        {error}
      </p>
    );
  return { run, busy, alert };
}

function PasswordStep({ onDone }: { readonly onDone: () => void }) {
  const { t } = useI18n();
  const step = useStep();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void step.run(async () => {
      await api('POST', '/api/v1/auth/login', {
        body: { email: String(form.get('email')), password: String(form.get('password')) },
      });
      onDone();
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('console.signIn.title')}</h1>
      {step.alert}
      <div className="field">
        <label htmlFor="email">{t('console.signIn.email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="password">{t('console.signIn.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={step.busy}>
        {t('console.signIn.submit')}
      </button>
    </form>
  );
}

function NewPasswordStep({ onDone }: { readonly onDone: () => void }) {
  const { t } = useI18n();
  const step = useStep();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void step.run(async () => {
      await api('POST', '/api/v1/auth/password', {
        body: { currentPassword: String(form.get('current')), newPassword: String(form.get('new')) },
      });
      onDone();
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="new-password-title">
      <h1 id="new-password-title">{t('console.signIn.newPasswordTitle')}</h1>
      <p className="hint">{t('console.signIn.newPasswordHint')}</p>
      {step.alert}
      <div className="field">
        <label htmlFor="current">{t('console.signIn.currentPassword')}</label>
        <input id="current" name="current" type="password" autoComplete="current-password" required />
      </div>
      <div className="field">
        <label htmlFor="new">{t('console.signIn.newPassword')}</label>
        <input id="new" name="new" type="password" autoComplete="new-password" required minLength={15} />
      </div>
      <button type="submit" disabled={step.busy}>
        {t('common.save')}
      </button>
    </form>
  );
}

function EnrolStep({ onDone }: { readonly onDone: (codes: readonly string[]) => void }) {
  const { t } = useI18n();
  const step = useStep();
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string } | undefined>(undefined);
  const start = () =>
    void step.run(async () =>
      setEnrolment(await api<{ secret: string; uri: string }>('POST', '/api/v1/auth/totp/enroll')),
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void step.run(async () => {
      const result = await api<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/totp/confirm', {
        body: { code: String(form.get('code')).trim() },
      });
      onDone(result.recoveryCodes);
    });
  };
  return (
    <div>
      <h1>{t('console.signIn.enrolTitle')}</h1>
      <p className="hint">{t('console.signIn.enrolHint')}</p>
      {step.alert}
      {enrolment === undefined ? (
        <button type="button" onClick={start} disabled={step.busy}>
          {t('console.signIn.enrolStart')}
        </button>
      ) : (
        <form onSubmit={submit}>
          <p>
            {t('console.signIn.enrolSecret')} <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <p className="hint" style={{ wordBreak: 'break-all' }}>
            {enrolment.uri}
          </p>
          <CodeField />
          <button type="submit" disabled={step.busy}>
            {t('console.signIn.confirm')}
          </button>
        </form>
      )}
    </div>
  );
}

function RecoveryCodes({ codes, onDone }: { readonly codes: readonly string[]; readonly onDone: () => void }) {
  const { t } = useI18n();
  return (
    <div>
      <h1>{t('console.signIn.recoveryTitle')}</h1>
      <p className="hint">{t('console.signIn.recoveryHint')}</p>
      <ul data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDone}>
        {t('console.signIn.recoveryDone')}
      </button>
    </div>
  );
}

function CodeStep({ onDone }: { readonly onDone: () => void }) {
  const { t } = useI18n();
  const step = useStep();
  const [recovery, setRecovery] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void step.run(async () => {
      await api('POST', recovery ? '/api/v1/auth/recovery' : '/api/v1/auth/totp', {
        body: { code: String(form.get('code')).trim() },
      });
      onDone();
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="code-title">
      <h1 id="code-title">{t('console.signIn.codeTitle')}</h1>
      {step.alert}
      <CodeField recovery={recovery} />
      <div className="actions">
        <button type="submit" disabled={step.busy}>
          {t('console.signIn.verify')}
        </button>
        <button type="button" className="secondary" onClick={() => setRecovery(!recovery)}>
          {recovery ? t('console.signIn.useAuthenticator') : t('console.signIn.useRecovery')}
        </button>
      </div>
    </form>
  );
}

function CodeField({ recovery = false }: { readonly recovery?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor="code">{recovery ? t('console.signIn.recoveryCode') : t('console.signIn.code')}</label>
      <input
        id="code"
        name="code"
        autoComplete="one-time-code"
        inputMode={recovery ? 'text' : 'numeric'}
        required
        {...(recovery ? {} : { pattern: '[0-9]{6}', maxLength: 6 })}
      />
    </div>
  );
}
