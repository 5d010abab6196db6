import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { Dashboard } from './types.ts';

/** Everything besides requests that falls due: consents, contractors, trainings, incidents, complaints, ledger, evidence. */
export function ManagementCards({ data, today }: { readonly data: Dashboard; readonly today: string }) {
  const { t, date, dateTime, number } = useI18n();
  const verification = data.evidence.lastVerification;
  const review = data.ledgerReview;
  return (
    <div className="db-grid">
      <section className="card req-card" aria-labelledby="db-consents-title">
        <h2 id="db-consents-title">{t('dashboard.consents.title')}</h2>
        <Link to="/people" className="db-link-stat" data-testid="db-consents">
          <span className="stat">{number(data.consentsWithdrawnThisWeek)}</span> {t('dashboard.consents.withdrawn')}
        </Link>
      </section>

      <section className="card req-card" aria-labelledby="db-evidence-title" data-testid="db-evidence">
        <h2 id="db-evidence-title">{t('dashboard.evidence.title')}</h2>
        {verification === null ? (
          <p>
            <span className="badge warn">{t('dashboard.evidence.never')}</span>
          </p>
        ) : (
          <p>
            <span className={`badge ${verification.ok ? 'ok' : 'danger'}`}>
              {t(verification.ok ? 'dashboard.evidence.ok' : 'dashboard.evidence.broken')}
            </span>{' '}
            {t('dashboard.evidence.last', { at: dateTime(verification.at), entries: number(verification.entries) })}
          </p>
        )}
        <Link to="/evidence">{t('dashboard.evidence.open')}</Link>
      </section>

      <section className="card req-card" aria-labelledby="db-incidents-title">
        <h2 id="db-incidents-title">{t('dashboard.incidents.title')}</h2>
        <Link to="/incidents?status=open" className="db-link-stat" data-testid="db-incidents-open">
          <span className="stat">{number(data.incidents.open)}</span> {t('dashboard.incidents.open')}
        </Link>
        {data.incidents.deadlines.length > 0 ? (
          <ul className="db-list">
            {data.incidents.deadlines.map((d) => (
              <li key={`${d.incidentId}-${d.report}`}>
                <Link to={`/incidents/${d.incidentId}`}>
                  {t(`dashboard.incidents.report.${d.report}` as MessageKey)}
                </Link>
                : {dateTime(d.dueAt)}{' '}
                {d.overdue ? (
                  <Link to="/incidents?status=open&overdue=1" className="badge overdue">
                    {t('requests.due.overdue')}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="card req-card" aria-labelledby="db-complaints-title">
        <h2 id="db-complaints-title">{t('dashboard.complaints.title')}</h2>
        <p>
          <Link to="/complaints?status=unanswered" className="db-link-stat" data-testid="db-complaints-open">
            <span className="stat">{number(data.complaints.open)}</span> {t('dashboard.complaints.open')}
          </Link>
          {data.complaints.overdue > 0 ? (
            <>
              {' '}
              <Link to="/complaints?status=overdue" className="badge overdue">
                {t('dashboard.complaints.overdue', { count: data.complaints.overdue })}
              </Link>
            </>
          ) : null}
        </p>
      </section>

      <section className="card req-card" aria-labelledby="db-contractors-title">
        <h2 id="db-contractors-title">{t('dashboard.contractors.title')}</h2>
        {data.contractorReviewsDue.length === 0 ? (
          <p>{t('dashboard.none')}</p>
        ) : (
          <ul className="db-list" data-testid="db-contractors">
            {data.contractorReviewsDue.map((c) => (
              <li key={c.contractorId}>
                <Link to={`/contractors/${c.contractorId}`}>{c.name}</Link>: {date(c.dueOn)}{' '}
                {c.overdue ? (
                  <Link to="/contractors?state=lapsed" className="badge overdue">
                    {t('dashboard.contractors.lapsed')}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/contractors" data-testid="db-contractors-open">
            {t('contractors.open')}
          </Link>
        </p>
      </section>

      <section className="card req-card" aria-labelledby="db-trainings-title">
        <h2 id="db-trainings-title">{t('dashboard.trainings.title')}</h2>
        {data.trainingsDue.length === 0 ? (
          <p>{t('dashboard.none')}</p>
        ) : (
          <ul className="db-list">
            {data.trainingsDue.map((c) => (
              <li key={c.courseId}>
                <Link to={`/management/training/${c.courseId}`}>{c.title}</Link>: {date(c.dueOn)} ·{' '}
                {t('dashboard.trainings.incomplete', { count: c.incompleteCount })}{' '}
                {c.dueOn < today ? <span className="badge overdue">{t('requests.due.overdue')}</span> : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/management/training">{t('mgmt.dashboard.openTraining')}</Link>
        </p>
      </section>

      <section className="card req-card" aria-labelledby="db-ledger-title">
        <h2 id="db-ledger-title">{t('dashboard.ledger.title', { year: review.year })}</h2>
        <p>
          <Link to={`/management/ledger-review?year=${review.year}`} data-testid="db-ledger-review">
            {t('dashboard.ledger.confirmed', { confirmed: number(review.confirmed), total: number(review.total) })}
          </Link>{' '}
          {review.overdue > 0 ? (
            <span className="badge overdue">{t('dashboard.ledger.overdue', { count: review.overdue })}</span>
          ) : null}
        </p>
        <progress
          className="progress"
          max={Math.max(1, review.total)}
          value={review.confirmed}
          aria-label={t('dashboard.ledger.progress')}
        />
        <p>
          <Link to="/ledger">{t('dashboard.ledger.open')}</Link>
        </p>
      </section>
    </div>
  );
}
