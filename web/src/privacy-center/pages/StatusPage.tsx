import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { Field } from '../request/fields.tsx';
import type { PublicStatus } from '../request/procedures.ts';
import { StatusDetails } from '../request/StatusDetails.tsx';

/** Checking a request with its tracking code: status, dates, fee and the next step; nothing personal. */
export function StatusPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const code = params.get('code')?.trim() ?? '';
  const [typed, setTyped] = useState(code);
  const status = useApi<PublicStatus>(code === '' ? undefined : `/privacy/requests/${encodeURIComponent(code)}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = typed.trim();
    if (value === code) status.reload();
    else setParams(value === '' ? {} : { code: value });
  };
  const notFound = status.error instanceof ApiError && (status.error.status === 404 || status.error.status === 400);
  const problem =
    code === '' || status.error === undefined
      ? undefined
      : notFound
        ? t('privacyRequest.statusPage.notFound')
        : t('privacyRequest.error.failed');
  return (
    <>
      <h1>{t('privacyRequest.statusPage.title')}</h1>
      <p>{t('privacyRequest.statusPage.intro')}</p>
      <form onSubmit={submit} className="pc-status-form" noValidate>
        <Field
          id="tracking-code"
          label={t('privacyRequest.statusPage.code')}
          hint={t('privacyRequest.statusPage.codeHint')}
          issue={problem}
        >
          {(aria) => (
            <input
              {...aria}
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit">{t('privacyRequest.statusPage.check')}</button>
      </form>
      {status.loading ? <p>{t('common.loading')}</p> : null}
      {status.data !== undefined && code !== '' ? (
        <section aria-labelledby="status-title" className="card req-card">
          <h2 id="status-title">{t('privacyRequest.statusPage.result', { code: status.data.trackingCode })}</h2>
          <StatusDetails status={status.data} />
        </section>
      ) : null}
    </>
  );
}
