import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../shared/api.ts';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { hasRole, useSession } from '../session.tsx';

interface Verification {
  readonly ok: boolean;
  readonly from: number;
  readonly to: number;
  readonly entries: number;
  readonly anchor: 'genesis' | 'archive-checkpoint' | 'previous-entry';
  readonly checkpoints: number;
  readonly sealedThrough: number;
  readonly unsealed: number;
  readonly problem?: { readonly seq?: number; readonly kind: string; readonly message: string };
}

interface Job {
  readonly id: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly actor: string;
  readonly from?: number;
  readonly to?: number;
  readonly total: number;
  readonly checked: number;
  readonly createdAt: string;
  readonly finishedAt?: string;
  readonly result?: Verification;
  readonly error?: string;
}

/** Polls a running job once a second until it ends (the job lives on the server: leaving the page stops nothing). */
function useJob(id: string | undefined, onEnd: () => void) {
  const job = useApi<Job>(id === undefined ? undefined : `/api/v1/evidence/verifications/${id}`);
  const { reload } = job;
  const status = job.data?.status;
  useEffect(() => {
    if (status !== 'running') return;
    const timer = setTimeout(reload, 1000);
    return () => clearTimeout(timer);
  });
  // The list is re-read when a run this screen watched ends (not when an old result is merely shown).
  const seen = useRef(status);
  useEffect(() => {
    if (seen.current === 'running' && status !== 'running') onEnd();
    seen.current = status;
  }, [status, onEnd]);
  return job;
}

/**
 * Verification of the hash chain and the signed checkpoints as a background job: start it, watch its progress,
 * leave and come back; the newest runs are listed with their results.
 */
export function VerificationView() {
  const { t, dateTime, number } = useI18n();
  const { me } = useSession();
  const canStart = hasRole(me, 'administrator');
  const nameOf = useUserNames();
  const jobs = useApi<{ items: Job[] }>('/api/v1/evidence/verifications?limit=10');
  const [started, setStarted] = useState<string | undefined>();
  const latest = jobs.data?.items[0];
  const currentId = started ?? latest?.id;
  const current = useJob(currentId, jobs.reload);
  const [range, setRange] = useState({ from: '', to: '' });
  const [startError, setStartError] = useState<{ message: string; field?: string } | undefined>();
  const [busy, setBusy] = useState(false);

  async function start(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStartError(undefined);
    try {
      const body = {
        ...(range.from ? { from: Number(range.from) } : {}),
        ...(range.to ? { to: Number(range.to) } : {}),
      };
      const job = await api<Job>('POST', '/api/v1/evidence/verifications', { body });
      setStarted(job.id);
      jobs.reload();
    } catch (error) {
      const issue = error instanceof ApiError ? error.issues[0] : undefined;
      setStartError({
        message: issue?.message ?? (error instanceof Error ? error.message : String(error)),
        // The API names the field as a path string ("to"); arrays are joined the same way.
        ...(issue ? { field: Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path) } : {}),
      });
    } finally {
      setBusy(false);
    }
  }

  const job = current.data;
  const running = job?.status === 'running';
  return (
    <>
      <h2>{t('evidence.verify.title')}</h2>
      <p>{t('evidence.verify.hint')}</p>
      {canStart ? null : <p className="hint">{t('evidence.verify.adminStarts')}</p>}
      {canStart ? (
        <form onSubmit={start} className="verify-form">
          <details>
            <summary>{t('evidence.verify.range')}</summary>
            <div className="filter-bar">
              {(['from', 'to'] as const).map((key) => (
                <div className="field" key={key}>
                  <label htmlFor={`verify-${key}`}>{t(`evidence.verify.${key}` as MessageKey)}</label>
                  <input
                    id={`verify-${key}`}
                    inputMode="numeric"
                    value={range[key]}
                    onChange={(e) => setRange((r) => ({ ...r, [key]: e.target.value.replace(/\D/g, '') }))}
                    aria-invalid={startError?.field === key ? true : undefined}
                    aria-describedby={startError?.field === key ? 'verify-error' : undefined}
                  />
                </div>
              ))}
            </div>
          </details>
          {startError ? (
            <p className="field-error" id="verify-error" role="alert">
              {startError.message}
            </p>
          ) : null}
          <button type="submit" disabled={busy || running}>
            {running ? t('evidence.verify.running') : t('evidence.verify.start')}
          </button>
        </form>
      ) : null}

      {job ? (
        <section
          className={`card verify-result ${job.status}`}
          aria-labelledby="verify-current"
          data-testid="verification"
        >
          <h3 id="verify-current">
            {t(job.id === latest?.id || job.id === started ? 'evidence.verify.latest' : 'evidence.verify.selected')}
          </h3>
          <p className="hint">
            {t('evidence.verify.startedBy', { at: dateTime(job.createdAt), by: nameOf(job.actor) })}
          </p>
          {job.status === 'running' ? (
            <div role="status">
              <progress
                className="progress"
                value={job.checked}
                max={Math.max(1, job.total)}
                aria-label={t('evidence.verify.progressLabel')}
              />
              <p>{t('evidence.verify.progress', { checked: number(job.checked), total: number(job.total) })}</p>
              <p className="hint">{t('evidence.verify.leave')}</p>
            </div>
          ) : job.status === 'failed' ? (
            <p className="error" role="alert">
              {t('evidence.verify.failed', { message: job.error ?? '' })}
            </p>
          ) : job.result ? (
            <Result result={job.result} />
          ) : null}
        </section>
      ) : jobs.data && jobs.data.items.length === 0 ? (
        <p>{t('evidence.verify.never')}</p>
      ) : null}

      {jobs.data && jobs.data.items.length > 0 ? (
        <>
          <h3>{t('evidence.verify.history')}</h3>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('evidence.verify.history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('evidence.verify.col.started')}</th>
                  <th scope="col">{t('evidence.verify.col.by')}</th>
                  <th scope="col">{t('evidence.verify.col.range')}</th>
                  <th scope="col">{t('evidence.verify.col.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.data.items.map((j) => (
                  <tr key={j.id}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setStarted(j.id)}
                        aria-pressed={j.id === currentId}
                      >
                        {dateTime(j.createdAt)}
                      </button>
                    </td>
                    <td>{nameOf(j.actor)}</td>
                    <td>
                      {j.result
                        ? t('evidence.verify.seqRange', { from: number(j.result.from), to: number(j.result.to) })
                        : j.from || j.to
                          ? t('evidence.verify.seqRange', {
                              from: j.from === undefined ? '…' : number(j.from),
                              to: j.to === undefined ? '…' : number(j.to),
                            })
                          : t('evidence.verify.all')}
                    </td>
                    <td>
                      <Outcome job={j} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}

function Outcome({ job }: { readonly job: Job }) {
  const { t } = useI18n();
  if (job.status === 'running') return <span className="badge">{t('evidence.verify.status.running')}</span>;
  if (job.status === 'failed') return <span className="badge danger">{t('evidence.verify.status.failed')}</span>;
  return job.result?.ok ? (
    <span className="badge ok">{t('evidence.verify.status.ok')}</span>
  ) : (
    <span className="badge danger">{t('evidence.verify.status.broken', { seq: job.result?.problem?.seq ?? '—' })}</span>
  );
}

function Result({ result }: { readonly result: Verification }) {
  const { t, number } = useI18n();
  return (
    <>
      {result.ok ? (
        <p className="verify-verdict ok" data-testid="verdict">
          {t('evidence.verify.ok')}
        </p>
      ) : (
        <div className="verify-verdict broken" role="alert" data-testid="verdict">
          <p>
            {result.problem?.seq === undefined
              ? t('evidence.verify.broken')
              : t('evidence.verify.brokenAt', { seq: number(result.problem.seq) })}
          </p>
          {result.problem ? (
            <p>
              {t(`evidence.problem.${result.problem.kind}` as MessageKey)}{' '}
              <code className="issue-code">{result.problem.kind}</code>
              <br />
              <span className="hint">{result.problem.message}</span>
            </p>
          ) : null}
        </div>
      )}
      <dl className="facts">
        <dt>{t('evidence.verify.entries')}</dt>
        <dd>{number(result.entries)}</dd>
        <dt>{t('evidence.verify.rangeChecked')}</dt>
        <dd>{t('evidence.verify.seqRange', { from: number(result.from), to: number(result.to) })}</dd>
        <dt>{t('evidence.verify.anchor')}</dt>
        <dd>{t(`evidence.anchor.${result.anchor}` as MessageKey)}</dd>
        <dt>{t('evidence.verify.checkpoints')}</dt>
        <dd>{number(result.checkpoints)}</dd>
        <dt>{t('evidence.verify.sealedThrough')}</dt>
        <dd>
          {result.sealedThrough > 0 ? t('evidence.verify.seqN', { seq: number(result.sealedThrough) }) : '—'}
          {result.unsealed > 0 ? (
            <div className="hint">{t('evidence.verify.unsealed', { count: number(result.unsealed) })}</div>
          ) : null}
        </dd>
      </dl>
    </>
  );
}
