import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../../../shared/i18n.tsx';
import { MESSAGES } from '../../../shared/messages/index.ts';
import { countRows, percent } from '../review-inputs.ts';
import type { ReviewInputs } from '../types.ts';

/** Counts as label/value pairs. */
function Facts({ rows }: { readonly rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="mgmt-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="mgmt-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The inputs of a management review as gathered from the records (requests, incidents, complaints, audits,
 * training, the ledger review, contractor reviews), in words and numbers rather than as data.
 */
export function ReviewInputsView({ inputs }: { readonly inputs: ReviewInputs }) {
  const { t, locale, date, dateTime, number } = useI18n();
  // A code the catalogue knows is named in the reader's language; anything else is shown as the API sends it.
  const named = (key: string, raw: string) => (key in MESSAGES[locale] ? t(key as MessageKey) : raw);
  const { requests, incidents, complaints, audits, training, ledgerReview, contractorReviews } = inputs;
  const byType = countRows(requests.byType);
  const byGround = countRows(incidents.byGround);
  const byKind = countRows(complaints.byKind);
  return (
    <div className="mgmt-inputs" data-testid="review-inputs">
      <p className="hint">
        {t('mgmt.inputs.gathered', { from: date(inputs.from), to: date(inputs.to), at: dateTime(inputs.gatheredAt) })}
      </p>
      <div className="mgmt-input-grid">
        <section className="card" aria-labelledby="in-requests">
          <h4 id="in-requests">{t('mgmt.inputs.requests')}</h4>
          <Facts
            rows={[
              [t('mgmt.inputs.received'), number(requests.received)],
              [t('mgmt.inputs.answered'), number(requests.byOutcome.answered)],
              [t('mgmt.inputs.refused'), number(requests.byOutcome.refused)],
              [t('mgmt.inputs.notMade'), number(requests.byOutcome.notMade)],
              [t('mgmt.inputs.open'), number(requests.byOutcome.open)],
              [t('mgmt.inputs.overdue'), number(requests.overdue)],
              [t('mgmt.inputs.answeredLate'), number(requests.answeredLate)],
            ]}
          />
          {byType.length > 0 ? (
            <ul className="mgmt-breakdown" aria-label={t('mgmt.inputs.byType')}>
              {byType.map(([type, n]) => (
                <li key={type}>
                  {named(`requests.type.${type}`, type)}: {number(n)}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <section className="card" aria-labelledby="in-incidents">
          <h4 id="in-incidents">{t('mgmt.inputs.incidents')}</h4>
          <Facts
            rows={[
              [t('mgmt.inputs.recorded'), number(incidents.recorded)],
              [t('mgmt.inputs.reportable'), number(incidents.reportable)],
              [t('mgmt.inputs.open'), number(incidents.open)],
              [t('mgmt.inputs.reportsLate'), number(incidents.reportsLate)],
            ]}
          />
          {byGround.length > 0 ? (
            <ul className="mgmt-breakdown" aria-label={t('mgmt.inputs.byGround')}>
              {byGround.map(([ground, n]) => (
                <li key={ground}>
                  {ground}: {number(n)}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <section className="card" aria-labelledby="in-complaints">
          <h4 id="in-complaints">{t('mgmt.inputs.complaints')}</h4>
          <Facts
            rows={[
              [t('mgmt.inputs.received'), number(complaints.received)],
              [t('mgmt.inputs.open'), number(complaints.open)],
              [t('mgmt.inputs.answeredLate'), number(complaints.answeredLate)],
            ]}
          />
          {byKind.length > 0 ? (
            <ul className="mgmt-breakdown" aria-label={t('mgmt.inputs.byKind')}>
              {byKind.map(([kind, n]) => (
                <li key={kind}>
                  {named(`mgmt.complaintKind.${kind}`, kind)}: {number(n)}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <section className="card" aria-labelledby="in-audits">
          <h4 id="in-audits">{t('mgmt.inputs.audits')}</h4>
          <Facts
            rows={[
              [t('mgmt.inputs.planned'), number(audits.planned)],
              [t('mgmt.inputs.closed'), number(audits.closed)],
              [t('mgmt.severity.major'), number(audits.findings.major)],
              [t('mgmt.severity.minor'), number(audits.findings.minor)],
              [t('mgmt.severity.observation'), number(audits.findings.observation)],
              [t('mgmt.inputs.openActions'), number(audits.openActions)],
            ]}
          />
        </section>
        <section className="card" aria-labelledby="in-ledger">
          <h4 id="in-ledger">{t('mgmt.inputs.ledgerReview', { year: ledgerReview.year })}</h4>
          <Facts
            rows={[
              [
                t('mgmt.inputs.confirmed'),
                t('mgmt.ledger.progress', { confirmed: ledgerReview.confirmed, total: ledgerReview.total }),
              ],
              [t('mgmt.inputs.overdueSections'), number(ledgerReview.overdue)],
            ]}
          />
        </section>
        <section className="card" aria-labelledby="in-contractors">
          <h4 id="in-contractors">{t('mgmt.inputs.contractors')}</h4>
          <Facts
            rows={[
              [t('mgmt.inputs.lapsed'), number(contractorReviews.lapsed)],
              [t('mgmt.inputs.dueSoon'), number(contractorReviews.dueSoon)],
            ]}
          />
        </section>
      </div>
      <section className="card" aria-labelledby="in-training">
        <h4 id="in-training">{t('mgmt.inputs.training')}</h4>
        {training.length === 0 ? (
          <p>{t('mgmt.inputs.noTraining')}</p>
        ) : (
          <div className="table-wrap">
            <table className="mgmt-table">
              <thead>
                <tr>
                  <th scope="col">{t('mgmt.training.col.title')}</th>
                  <th scope="col">{t('mgmt.training.col.due')}</th>
                  <th scope="col">{t('mgmt.training.state.assigned')}</th>
                  <th scope="col">{t('mgmt.training.state.passed')}</th>
                  <th scope="col">{t('mgmt.inputs.completion')}</th>
                </tr>
              </thead>
              <tbody>
                {training.map((c) => (
                  <tr key={c.courseId}>
                    <th scope="row">{c.title}</th>
                    <td>{date(c.dueOn)}</td>
                    <td>{number(c.assigned)}</td>
                    <td>{number(c.passed)}</td>
                    <td>{t('mgmt.inputs.percent', { value: percent(c.completionRate) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
