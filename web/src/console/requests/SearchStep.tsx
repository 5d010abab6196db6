import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../shared/api.ts';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { SearchJob, StaffRequest } from './types.ts';
import { StepError } from './use-step.tsx';

const POLL_MS = 1000;

/**
 * The search across the company's databases as a background job: started here, followed system by system, and
 * picked up again when the page is opened later (the job keeps running on the server meanwhile).
 */
export function SearchStep({ request, onDone }: { readonly request: StaffRequest; readonly onDone: () => void }) {
  const { t, number } = useI18n();
  const path = `/api/v1/requests/${request.id}/search-job`;
  const [job, setJob] = useState<SearchJob | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [starting, setStarting] = useState(false);

  const read = useCallback(async () => {
    try {
      setJob(await api<SearchJob>('GET', path));
    } catch (caught) {
      if (!(caught instanceof ApiError && caught.status === 404)) setError(caught);
    }
  }, [path]);

  useEffect(() => {
    void read();
  }, [read]);
  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = setTimeout(() => void read(), POLL_MS);
    return () => clearTimeout(timer);
  }, [job, read]);
  useEffect(() => {
    if (job?.state === 'done') onDone();
  }, [job?.state, onDone]);

  const start = async () => {
    setStarting(true);
    setError(undefined);
    try {
      setJob(await api<SearchJob>('POST', path));
    } catch (caught) {
      setError(caught);
    } finally {
      setStarting(false);
    }
  };

  const searched = job?.systems.filter((s) => s.state === 'done').length ?? 0;
  const running = job?.state === 'running';
  return (
    <section className="rq-step" aria-labelledby="search-title">
      <h3 id="search-title">{t('requests.step.search')}</h3>
      <p className="hint">{t('requests.search.hint')}</p>
      {job !== undefined ? (
        <div data-testid="search-progress" aria-live="polite">
          <label htmlFor="search-bar">
            {running
              ? t('requests.search.running', { done: searched, total: job.systems.length })
              : job.state === 'done'
                ? t('requests.search.done', { rows: number(job.result?.rows ?? 0) })
                : t('requests.search.failed')}
          </label>
          <progress
            id="search-bar"
            className="progress"
            max={Math.max(1, job.systems.length)}
            value={running ? searched : Math.max(1, job.systems.length)}
          />
          <ul className="rq-systems">
            {job.systems.map((s) => (
              <li key={s.system}>
                <span>{s.system}</span>{' '}
                <span className={`badge ${s.state === 'done' ? 'ok' : ''}`}>
                  {t(`requests.search.system.${s.state}` as MessageKey)}
                </span>
                {s.rows !== undefined ? ` ${t('requests.search.rows', { rows: number(s.rows) })}` : ''}
              </li>
            ))}
          </ul>
          {job.systems.length === 0 ? <p className="hint">{t('requests.search.noSystems')}</p> : null}
          {running ? <p className="hint">{t('requests.search.leave')}</p> : null}
          {job.error ? <StepError error={new ApiError(409, job.error.code, job.error.message)} /> : null}
        </div>
      ) : null}
      <StepError error={error} />
      {!running ? (
        <button type="button" onClick={() => void start()} disabled={starting}>
          {job?.state === 'failed' ? t('requests.search.retry') : t('requests.search.start')}
        </button>
      ) : null}
    </section>
  );
}
