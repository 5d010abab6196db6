import { Link, useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../../shared/i18n.tsx';
import { useApi } from '../../../shared/use-api.ts';
import { useSubmit } from '../../forms/use-submit.ts';
import { hasRole, useSession } from '../../session.tsx';
import { LoadError } from '../LoadError.tsx';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { InternalAudit } from '../types.ts';
import { useOperators } from '../use-operators.ts';
import { ActionForm } from './ActionForm.tsx';
import { AuditStateBadge } from './AuditStateBadge.tsx';
import { FindingForm } from './FindingForm.tsx';

const SEVERITY_TONE = { major: 'danger', minor: 'warn', observation: '' } as const;

/** One audit: its plan, findings with their corrective actions, and (for editors) recording them and closing. */
export function AuditPage() {
  const { id = '' } = useParams();
  const { t, date } = useI18n();
  const { me } = useSession();
  const operators = useOperators();
  const path = `/api/v1/audits/${encodeURIComponent(id)}`;
  const loaded = useApi<InternalAudit>(path);
  const submit = useSubmit();
  if (loaded.data === undefined) {
    return loaded.error !== undefined ? <LoadError error={loaded.error} /> : <p>{t('common.loading')}</p>;
  }
  const audit = loaded.data;
  const editable = hasRole(me, 'administrator', 'privacy-staff') && audit.closedOn === undefined;
  const post = async (suffix: string) => {
    if (await submit.run('POST', `${path}${suffix}`, {})) loaded.reload();
  };
  return (
    <>
      <p>
        <Link to={`/management/audits?year=${audit.year}`}>{t('mgmt.audits.back', { year: audit.year })}</Link>
      </p>
      <h2>
        {t('mgmt.audits.heading', { department: audit.department, date: date(audit.plannedOn) })}{' '}
        <AuditStateBadge audit={audit} />
      </h2>
      <dl className="mgmt-facts">
        <dt>{t('mgmt.col.operator')}</dt>
        <dd>{operators.find((o) => o.id === audit.operator)?.name ?? audit.operator}</dd>
        <dt>{t('mgmt.audits.scope')}</dt>
        <dd>{audit.scope}</dd>
        <dt>{t('mgmt.audits.col.auditors')}</dt>
        <dd>{audit.auditors.map((a) => `${a.userId} (${a.department})`).join(', ')}</dd>
        {audit.closedOn ? (
          <>
            <dt>{t('mgmt.audits.closedOn')}</dt>
            <dd>{date(audit.closedOn)}</dd>
          </>
        ) : null}
      </dl>
      <ProblemSummary error={submit.error} fields={{}} />
      <h3>{t('mgmt.audits.findings', { count: audit.findings.length })}</h3>
      {audit.findings.length === 0 ? <p>{t('mgmt.audits.noFindings')}</p> : null}
      {audit.findings.map((f) => (
        <section key={f.id} className="card mgmt-finding" aria-labelledby={`finding-${f.id}`} data-testid="finding">
          <h4 id={`finding-${f.id}`}>
            {f.id}{' '}
            <span className={`badge ${SEVERITY_TONE[f.severity]}`}>
              {t(`mgmt.severity.${f.severity}` as MessageKey)}
            </span>
            {f.requirement ? <span className="hint"> · {f.requirement}</span> : null}
          </h4>
          <p>{f.description}</p>
          {f.actions.length > 0 ? (
            <div className="table-wrap">
              <table className="mgmt-table" aria-label={t('mgmt.audits.actionsOf', { finding: f.id })}>
                <thead>
                  <tr>
                    <th scope="col">{t('mgmt.audits.action')}</th>
                    <th scope="col">{t('mgmt.col.owner')}</th>
                    <th scope="col">{t('mgmt.col.due')}</th>
                    <th scope="col">{t('mgmt.col.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {f.actions.map((a, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: actions are only appended; the API names one by its index
                    <tr key={`${a.action}-${index}`}>
                      <th scope="row">{a.action}</th>
                      <td>{a.owner}</td>
                      <td>{date(a.dueOn)}</td>
                      <td>
                        {a.completedOn ? (
                          <span className="badge ok">
                            {t('mgmt.audits.completedOn', { date: date(a.completedOn) })}
                          </span>
                        ) : editable ? (
                          <button
                            type="button"
                            className="secondary"
                            disabled={submit.busy}
                            onClick={() => void post(`/findings/${f.id}/actions/${index}/complete`)}
                          >
                            {t('mgmt.audits.complete')}
                          </button>
                        ) : (
                          <span className="badge warn">{t('mgmt.audits.open')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="hint">
              {t(f.severity === 'observation' ? 'mgmt.audits.noActionNeeded' : 'mgmt.audits.needsAction')}
            </p>
          )}
          {editable ? <ActionForm auditPath={path} findingId={f.id} onDone={loaded.reload} /> : null}
        </section>
      ))}
      {editable ? (
        <>
          <FindingForm auditPath={path} onDone={loaded.reload} />
          <section className="card" aria-labelledby="close-title">
            <h3 id="close-title">{t('mgmt.audits.closeTitle')}</h3>
            <p className="hint">{t('mgmt.audits.closeHint')}</p>
            <button type="button" disabled={submit.busy} onClick={() => void post('/close')}>
              {t('mgmt.audits.close')}
            </button>
          </section>
        </>
      ) : null}
    </>
  );
}
