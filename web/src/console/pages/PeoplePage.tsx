import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, api } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import { PersonRecords } from '../people/PersonRecords.tsx';

/**
 * Consents & suspensions: look one person up by subject id or by the e-mail address they used in the privacy
 * center; `?subject=<id>` keeps the person in the URL so other screens can link here.
 */
export function PeoplePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const subject = params.get('subject') ?? undefined;
  const [query, setQuery] = useState(subject ?? '');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (subject !== undefined) setQuery((q) => (q.includes('@') ? q : subject));
  }, [subject]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = query.trim();
    if (value === '') return;
    setProblem(undefined);
    if (!value.includes('@')) {
      setParams({ subject: value });
      return;
    }
    setBusy(true);
    try {
      const { subjectIds } = await api<{ subjectIds: string[] }>('POST', '/api/v1/subjects/lookup', {
        body: { email: value },
      });
      if (subjectIds[0] === undefined) setProblem(t('people.noEmailMatch'));
      else setParams({ subject: subjectIds[0] });
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.status === 403
          ? t('people.emailNotAllowed')
          : error instanceof ApiError && error.issues.length > 0
            ? (error.issues[0]?.message ?? error.message)
            : t('common.error', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="ppl-page">
      <h1>{t('people.title')}</h1>
      <p>{t('people.intro')}</p>
      <form className="card ppl-search" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="ppl-query">{t('people.search')}</label>
          <p className="hint" id="ppl-query-hint">
            {t('people.searchHint')}
          </p>
          <div className="ppl-search-row">
            <input
              id="ppl-query"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              aria-describedby={problem ? 'ppl-query-hint ppl-query-error' : 'ppl-query-hint'}
              aria-invalid={problem !== undefined}
              autoComplete="off"
              spellCheck={false}
            />
            <button type="submit" disabled={busy}>
              {t('people.find')}
            </button>
          </div>
          {problem ? (
            <p className="field-error" id="ppl-query-error" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
      </form>
      {subject ? <PersonRecords key={subject} subjectId={subject} /> : null}
    </div>
  );
}
