import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useLedger } from '../ledger/ledger-context.tsx';
import { CONTRACT_TERMS } from './review-form.ts';
import type { Contractor, Country } from './types.ts';

/** What the ledger says of a contractor: selection (PM-4), contract terms, sub-contracting approvals. */
export function ContractorFacts({ contractor }: { readonly contractor: Contractor }) {
  const { t, date } = useI18n();
  const { local, nameOf } = useLedger();
  const c = contractor;
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('contractors.facts.title')}</h2>
      <dl className="rq-facts">
        <dt>{t('contractors.facts.scope')}</dt>
        <dd>{local(c.scope)}</dd>
        <dt>{t('contractors.facts.items')}</dt>
        <dd>{c.items.map((i) => nameOf('dataItems', i)).join('、')}</dd>
        <dt>{t('contractors.facts.country')}</dt>
        <dd>{c.country}</dd>
        <dt>{t('contractors.facts.selection')}</dt>
        <dd data-testid="selection">
          {c.selection ? (
            <>
              {date(c.selection.assessedOn)}{' '}
              <span className={`badge ${c.selection.criteriaMet ? 'ok' : 'danger'}`}>
                {t(c.selection.criteriaMet ? 'contractors.facts.criteriaMet' : 'contractors.facts.criteriaNotMet')}
              </span>
            </>
          ) : (
            <span className="badge warn">{t('contractors.facts.notAssessed')}</span>
          )}
        </dd>
        <dt>{t('contractors.facts.contract')}</dt>
        <dd>
          {c.contract.reference ?? '—'} {c.contract.signedOn ? `(${date(c.contract.signedOn)})` : ''}
          {c.contract.termsOfUse ? <div className="hint">{t('contractors.review.termsOfUse')}</div> : null}
        </dd>
        <dt>{t('contractors.facts.disposalCertificate')}</dt>
        <dd>{t(c.disposalCertificate ? 'contractors.yes' : 'contractors.no')}</dd>
      </dl>
      <h3>{t('contractors.facts.terms')}</h3>
      <ul className="rt-terms" data-testid="contract-terms">
        {CONTRACT_TERMS.map((term) => {
          const has = c.contract.terms.includes(term);
          return (
            <li key={term} className={has ? 'rt-term-yes' : 'rt-term-no'}>
              <span className={`badge ${has ? 'ok' : 'warn'}`}>{t(has ? 'contractors.yes' : 'contractors.no')}</span>{' '}
              {t(`contractors.term.${term}` as MessageKey)}
            </li>
          );
        })}
      </ul>
      <h3>{t('contractors.facts.subcontractors')}</h3>
      {c.subcontractors.length === 0 ? (
        <p>{t('contractors.facts.noSubcontractors')}</p>
      ) : (
        <ul className="db-list">
          {c.subcontractors.map((s) => (
            <li key={local(s.name)}>
              {local(s.name)}{' '}
              {s.approvedOn ? (
                <span className="badge ok">{t('contractors.facts.approvedOn', { date: date(s.approvedOn) })}</span>
              ) : (
                <span className="badge warn">{t('contractors.facts.notApproved')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** An overseas contractor: the country's protection system and the measures, as people are told them (OT-1, OT-2). */
export function OverseasInfo({
  contractor,
  countries,
}: {
  readonly contractor: Contractor;
  readonly countries: readonly Country[];
}) {
  const { t } = useI18n();
  const { local } = useLedger();
  const overseas = contractor.overseas;
  if (contractor.country === 'JP') return null;
  const country = countries.find((c) => c.code === contractor.country);
  return (
    <section className="card" aria-labelledby="overseas-title" data-testid="overseas-info">
      <h2 id="overseas-title">{t('contractors.overseas.title')}</h2>
      <p className="hint">{t('contractors.overseas.hint')}</p>
      <dl className="rq-facts">
        <dt>{t('contractors.overseas.country')}</dt>
        <dd>{country ? local(country.name) : contractor.country}</dd>
        {country?.systemName ? (
          <>
            <dt>{t('contractors.overseas.system')}</dt>
            <dd>
              {local(country.systemName)}
              {country.systemUrl ? (
                <>
                  {' '}
                  <a href={country.systemUrl} rel="noopener noreferrer" target="_blank">
                    {t('contractors.overseas.report')}
                  </a>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {country?.summary ? (
          <>
            <dt>{t('contractors.overseas.summary')}</dt>
            <dd>{local(country.summary)}</dd>
          </>
        ) : null}
        {overseas ? (
          <>
            <dt>{t('contractors.overseas.route')}</dt>
            <dd>{t(`contractors.route.${overseas.route}` as MessageKey)}</dd>
            {(
              [
                ['establishment', overseas.establishment],
                ['measures', overseas.measures],
                ['confirmation', overseas.confirmation],
                ['foreignSystems', overseas.foreignSystems],
                ['obstacles', overseas.obstacles],
                ['responseToObstacles', overseas.responseToObstacles],
              ] as const
            ).map(([key, text]) => (
              <div key={key}>
                <dt>{t(`contractors.overseas.${key}` as MessageKey)}</dt>
                <dd>{local(text)}</dd>
              </div>
            ))}
          </>
        ) : (
          <>
            <dt>{t('contractors.overseas.route')}</dt>
            <dd>
              <span className="badge warn">{t('contractors.overseas.noRoute')}</span>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
