import { Link, useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../../shared/i18n.tsx';
import { useApi } from '../../../shared/use-api.ts';
import { useSubmit } from '../../forms/use-submit.ts';
import { useActorNames } from '../../notice/use-actor-names.ts';
import { hasRole, useSession } from '../../session.tsx';
import { LoadError } from '../LoadError.tsx';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { ManagementReview } from '../types.ts';
import { useOperators } from '../use-operators.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { ReviewInputsView } from './ReviewInputsView.tsx';

/** One management review: the inputs it was held on, its decisions, and (for editors, until closed) more of them. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { t, date } = useI18n();
  const { me } = useSession();
  const operators = useOperators();
  const actorName = useActorNames();
  const path = `/api/v1/management-reviews/${encodeURIComponent(id)}`;
  const loaded = useApi<ManagementReview>(path);
  const submit = useSubmit();
  if (loaded.data === undefined) {
    return loaded.error !== undefined ? <LoadError error={loaded.error} /> : <p>{t('common.loading')}</p>;
  }
  const review = loaded.data;
  const editable = hasRole(me, 'administrator', 'privacy-staff') && review.closedOn === undefined;
  const close = async () => {
    if (await submit.run('POST', `${path}/close`, {})) loaded.reload();
  };
  return (
    <>
      <p>
        <Link to="/management/reviews">{t('mgmt.reviews.back')}</Link>
      </p>
      <h2>
        {t('mgmt.reviews.heading', { date: date(review.heldOn) })}{' '}
        <span className={`badge ${review.closedOn ? 'ok' : 'warn'}`}>
          {t(review.closedOn ? 'mgmt.reviews.closed' : 'mgmt.reviews.open')}
        </span>
      </h2>
      <dl className="mgmt-facts">
        <dt>{t('mgmt.col.operator')}</dt>
        <dd>{operators.find((o) => o.id === review.operator)?.name ?? review.operator}</dd>
        <dt>{t('mgmt.reviews.period')}</dt>
        <dd>{t('mgmt.reviews.range', { from: date(review.from), to: date(review.to) })}</dd>
        <dt>{t('mgmt.reviews.participants')}</dt>
        <dd>{review.participants.join(', ')}</dd>
        {review.closedOn ? (
          <>
            <dt>{t('mgmt.reviews.closedOn')}</dt>
            <dd>
              {date(review.closedOn)} ({actorName(review.closedBy ?? '')})
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{t('mgmt.reviews.inputs')}</h3>
      <ReviewInputsView inputs={review.inputs} />
      <h3>{t('mgmt.reviews.decisionsTitle', { count: review.decisions.length })}</h3>
      {review.decisions.length === 0 ? (
        <p>{t('mgmt.reviews.noDecisions')}</p>
      ) : (
        <ol className="mgmt-decisions" data-testid="decisions">
          {review.decisions.map((d, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: decisions are only appended, never reordered or removed
            <li key={`${d.recordedOn}-${index}`}>
              <span className="badge">{t(`mgmt.category.${d.category}` as MessageKey)}</span> {d.decision}
              <span className="hint">
                {' '}
                · {d.owner ? t('mgmt.reviews.owner', { owner: d.owner }) : null}
                {d.dueOn ? ` ${t('mgmt.reviews.dueOn', { date: date(d.dueOn) })}` : null} ·{' '}
                {t('mgmt.reviews.recorded', { date: date(d.recordedOn), by: actorName(d.recordedBy) })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {editable ? (
        <>
          <DecisionForm reviewPath={path} onDone={loaded.reload} />
          <section className="card" aria-labelledby="review-close-title">
            <h3 id="review-close-title">{t('mgmt.reviews.closeTitle')}</h3>
            <p className="hint">{t('mgmt.reviews.closeHint')}</p>
            <ProblemSummary error={submit.error} fields={{}} />
            <button type="button" disabled={submit.busy} onClick={() => void close()}>
              {t('mgmt.reviews.close')}
            </button>
          </section>
        </>
      ) : null}
    </>
  );
}
