import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { ScrollTable } from '../people/ScrollTable.tsx';
import { LoadError } from './LoadError.tsx';
import type { Items, JobStatus, JobView } from './types.ts';

const STATUS_BADGE: Record<JobStatus, string> = {
  queued: 'warn',
  running: 'warn',
  completed: 'ok',
  failed: 'danger',
  cancelled: 'warn',
};

export function JobStatusBadge({ status }: { readonly status: JobStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${STATUS_BADGE[status]}`} data-testid="job-status">
      {t(`retention.status.${status}` as MessageKey)}
    </span>
  );
}

/** Disposal runs, newest first. */
export function RunsList() {
  const { t, dateTime, number } = useI18n();
  const userName = useUserNames();
  const runs = useApi<Items<JobView>>('/api/v1/retention/runs?limit=100');
  if (runs.data === undefined) return <LoadError loaded={runs} />;
  if (runs.data.items.length === 0) return <p className="card">{t('retention.runs.empty')}</p>;
  return (
    <ScrollTable label={t('retention.runs.caption')}>
      <table className="rq-table rt-table" data-testid="runs-table">
        <caption className="rq-sr-only">{t('retention.runs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retention.col.started')}</th>
            <th scope="col">{t('retention.col.status')}</th>
            <th scope="col" className="num">
              {t('retention.col.disposed')}
            </th>
            <th scope="col">{t('retention.col.requestedBy')}</th>
            <th scope="col">{t('retention.col.certificate')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.data.items.map((job) => (
            <tr key={job.id}>
              <th scope="row">
                <Link to={`/retention/runs/${job.id}`}>{dateTime(job.createdAt)}</Link>
              </th>
              <td>
                <JobStatusBadge status={job.status} />
              </td>
              <td className="num">
                {number(job.totals.disposed)} / {number(job.totals.planned)}
              </td>
              <td>{userName(job.requestedBy)}</td>
              <td>
                {job.certificateId ? (
                  <Link to={`/retention/certificates/${job.certificateId}`}>{t('retention.runs.certificate')}</Link>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
