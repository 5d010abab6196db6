import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n.tsx';
import { useApi } from '../../../shared/use-api.ts';
import { ScrollTable } from '../../people/ScrollTable.tsx';
import { hasRole, useSession } from '../../session.tsx';
import { openActions } from '../audit-state.ts';
import { ListFilters, useListFilter } from '../ListFilters.tsx';
import { LoadError } from '../LoadError.tsx';
import type { InternalAudit, Items } from '../types.ts';
import { useOperators } from '../use-operators.ts';
import { AuditForm } from './AuditForm.tsx';
import { AuditStateBadge } from './AuditStateBadge.tsx';

/** The year's internal audit plan (PM-3), by planned date, and a new audit for editors. */
export function AuditList() {
  const { t, date } = useI18n();
  const { me } = useSession();
  const filter = useListFilter();
  const operators = useOperators();
  const audits = useApi<Items<InternalAudit>>(`/api/v1/audits?year=${filter.year}`);
  const shown = (audits.data?.items ?? []).filter(
    (a) => filter.operator === undefined || a.operator === filter.operator,
  );
  return (
    <>
      <h2>{t('mgmt.audits.title', { year: filter.year })}</h2>
      <p className="hint">{t('mgmt.audits.intro')}</p>
      <ListFilters filter={filter} operators={operators} label={t('mgmt.audits.filters')} />
      <LoadError error={audits.error} />
      {audits.loading && audits.data === undefined ? (
        <p>{t('common.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="card">{t('mgmt.audits.none')}</p>
      ) : (
        <ScrollTable label={t('mgmt.audits.caption', { year: filter.year })}>
          <table className="mgmt-table" data-testid="audit-list">
            <thead>
              <tr>
                <th scope="col">{t('mgmt.audits.col.planned')}</th>
                <th scope="col">{t('mgmt.audits.col.department')}</th>
                <th scope="col">{t('mgmt.audits.col.auditors')}</th>
                <th scope="col">{t('mgmt.audits.col.findings')}</th>
                <th scope="col">{t('mgmt.audits.col.openActions')}</th>
                <th scope="col">{t('mgmt.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/management/audits/${a.id}`}>{date(a.plannedOn)}</Link>
                  </th>
                  <td>{a.department}</td>
                  <td>{a.auditors.map((x) => x.userId).join(', ')}</td>
                  <td>{a.findings.length}</td>
                  <td>{openActions(a)}</td>
                  <td>
                    <AuditStateBadge audit={a} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {hasRole(me, 'administrator', 'privacy-staff') ? (
        <AuditForm year={filter.year} operators={operators} defaultOperator={filter.operator} />
      ) : null}
    </>
  );
}
