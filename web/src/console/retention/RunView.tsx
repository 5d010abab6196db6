import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useSubmit } from '../forms/use-submit.ts';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { LoadError } from './LoadError.tsx';
import { useRetentionNames } from './names.ts';
import { JobStatusBadge } from './RunsList.tsx';
import { canCancel, canResume, isActiveJob, progressPercent } from './retention-view.ts';
import { TargetTable } from './TargetTable.tsx';
import type { JobView } from './types.ts';
import { useCanEdit } from './use-can-edit.ts';

/** How often a running job is re-read: often enough to see batches move, rarely enough not to load the server. */
const POLL_MS = 1000;

/** One disposal run: live progress per target while it runs, cancel and resume, and its certificate when done. */
export function RunView() {
  const { id = '' } = useParams();
  const { t, dateTime, number } = useI18n();
  const userName = useUserNames();
  const names = useRetentionNames();
  const job = useApi<JobView>(`/api/v1/retention/runs/${encodeURIComponent(id)}`);
  const submit = useSubmit();
  const canEdit = useCanEdit();
  const active = job.data !== undefined && isActiveJob(job.data.status);
  const { reload } = job;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [active, reload]);
  // Re-evaluated on every poll, so "resume" appears once the stopped runner's lease has lapsed.
  const [now, setNow] = useState(() => new Date());
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new answer is a new moment to compare the lease with
  useEffect(() => setNow(new Date()), [job.data]);
  if (job.data === undefined) return <LoadError loaded={job} />;
  const run = job.data;
  const act = async (action: 'cancel' | 'resume') => {
    if (await submit.run('POST', `/api/v1/retention/runs/${encodeURIComponent(run.id)}/${action}`)) reload();
  };
  const percent = progressPercent(run);
  return (
    <section aria-labelledby="run-title" data-testid="run-view">
      <h2 id="run-title">
        {t('retention.run.title', { date: dateTime(run.createdAt) })} <JobStatusBadge status={run.status} />
      </h2>
      <dl className="rq-facts">
        <dt>{t('retention.run.requestedBy')}</dt>
        <dd>{userName(run.requestedBy)}</dd>
        <dt>{t('retention.run.asOf')}</dt>
        <dd>{run.asOf}</dd>
        <dt>{t('retention.run.systems')}</dt>
        <dd>{run.systems.map(names.system).join('、')}</dd>
        {run.runningOn ? (
          <>
            <dt>{t('retention.run.runningOn')}</dt>
            <dd>
              <code>{run.runningOn}</code>
            </dd>
          </>
        ) : null}
        {run.finishedAt ? (
          <>
            <dt>{t('retention.run.finishedAt')}</dt>
            <dd>{dateTime(run.finishedAt)}</dd>
          </>
        ) : null}
      </dl>
      <p aria-live="polite" data-testid="run-progress-text">
        {t('retention.run.progress', {
          disposed: number(run.totals.disposed),
          planned: number(run.totals.planned),
          percent,
        })}
      </p>
      <progress className="progress" max={100} value={percent} aria-label={t('retention.run.progressLabel')} />
      {run.cancelRequested && active ? <p className="hint">{t('retention.run.cancelRequested')}</p> : null}
      {run.error ? (
        <p className="error" role="alert" lang="en">
          {run.error}
        </p>
      ) : null}
      {run.certificateId ? (
        <p className="notice-ok" data-testid="run-certificate">
          {t('retention.run.done')}{' '}
          <Link to={`/retention/certificates/${run.certificateId}`}>{t('retention.run.openCertificate')}</Link>
        </p>
      ) : null}
      <ErrorSummary error={submit.error} fields={[]} />
      {active && canEdit ? (
        <p className="actions">
          <button
            type="button"
            className="danger"
            disabled={submit.busy || !canCancel(run)}
            onClick={() => void act('cancel')}
          >
            {t('retention.run.cancel')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={submit.busy || !canResume(run, now)}
            onClick={() => void act('resume')}
          >
            {t('retention.run.resume')}
          </button>
          {canResume(run, now) ? null : <span className="hint">{t('retention.run.resumeHint')}</span>}
        </p>
      ) : null}
      <TargetTable
        label={t('retention.run.targets')}
        lastColumn="retention.col.held"
        rows={run.targets.map((target) => ({ ...target, last: target.held }))}
      />
      <p>
        <Link to="/retention/runs">{t('retention.runs.back')}</Link>
      </p>
    </section>
  );
}
