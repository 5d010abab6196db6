import { Fragment, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../shared/api.ts';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { japanToday } from '../forms/japan-time.ts';
import { useSubmit } from '../forms/use-submit.ts';
import { useLedger, useUserNames } from '../ledger/ledger-context.tsx';
import { hasRole, useSession } from '../session.tsx';
import { ActionsPanel } from './ActionsPanel.tsx';
import { StatusBadge } from './badges.tsx';
import { ClassificationPanel } from './ClassificationPanel.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { NotificationsPanel } from './NotificationsPanel.tsx';
import { ReportsPanel } from './ReportsPanel.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';
import type { IncidentDetail } from './types.ts';

/** One incident: what happened, its classification and clocks, reports, notices, actions and timeline. */
export function IncidentDetailPage() {
  const { t, dateTime, number } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const { me } = useSession();
  const { nameOf } = useLedger();
  const userName = useUserNames();
  const detail = useApi<IncidentDetail>(`/api/v1/incidents/${encodeURIComponent(id)}`);
  const status = useSubmit();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer is a new moment
  const now = useMemo(() => new Date(), [detail.data]);
  if (detail.error !== undefined) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <>
        <p>
          <Link to="/incidents">{t('incidents.back')}</Link>
        </p>
        <p className="error" role="alert">
          {missing ? t('incidents.notFound') : t('common.error', { message: String(detail.error) })}
        </p>
      </>
    );
  }
  if (detail.data === undefined) return <p>{t('common.loading')}</p>;
  const incident = detail.data;
  const canEdit = hasRole(me, 'administrator', 'privacy-staff');
  const flash = location.state as { recorded?: boolean; updated?: boolean } | null;
  const setStatus = async (next: 'open' | 'closed') => {
    if (await status.run('PATCH', `/api/v1/incidents/${encodeURIComponent(incident.id)}`, { status: next })) {
      detail.reload();
    }
  };
  const names = (section: 'systems' | 'dataItems', ids: readonly string[]) =>
    ids.length === 0 ? '—' : ids.map((i) => nameOf(section, i)).join(t('incidents.listSeparator'));
  const facts: [MessageKey, string][] = [
    ['incidents.field.operator', nameOf('operators', incident.operator)],
    ['incidents.field.discoveredAt', dateTime(incident.facts.discoveredAt)],
    ['incidents.field.discoveredBy', incident.discoveredBy],
    ['incidents.field.cause', t(`incidents.cause.${incident.facts.cause}` as MessageKey)],
    ['incidents.field.peopleAffected', number(incident.facts.peopleAffected)],
    ['incidents.field.systems', names('systems', incident.systems)],
    ['incidents.field.items', names('dataItems', incident.facts.items)],
    [
      'incidents.field.protection',
      [
        incident.facts.stronglyEncrypted ? t('incidents.field.stronglyEncrypted') : '',
        incident.facts.pseudonymisedOnly ? t('incidents.field.pseudonymisedOnly') : '',
      ]
        .filter(Boolean)
        .join(t('incidents.listSeparator')) || t('incidents.none'),
    ],
    ['incidents.field.asContractorFor', incident.facts.asContractorFor ?? t('incidents.none')],
    ['incidents.detail.recordedBy', `${userName(incident.createdBy)} · ${dateTime(incident.createdAt)}`],
  ];
  return (
    <>
      <p>
        <Link to="/incidents">{t('incidents.back')}</Link>
      </p>
      <h1 data-testid="incident-title">{incident.title}</h1>
      <p className="rq-status-line">
        <StatusBadge status={incident.status} />
      </p>
      {flash?.recorded || flash?.updated ? (
        <p className="notice-ok" role="status">
          {t(flash.recorded ? 'incidents.detail.recorded' : 'incidents.detail.updated')}
        </p>
      ) : null}
      <section className="card" aria-labelledby="inc-facts-title">
        <h2 id="inc-facts-title">{t('incidents.detail.facts')}</h2>
        <dl className="rq-facts">
          {facts.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
        <h3>{t('incidents.field.description')}</h3>
        <p className="inc-wrap">{incident.description}</p>
        <div className="actions">
          {canEdit && incident.status === 'open' ? (
            <Link className="button secondary" to={`/incidents/${incident.id}/edit`}>
              {t('incidents.detail.edit')}
            </Link>
          ) : null}
          {hasRole(me, 'administrator', 'privacy-staff', 'request-handler') ? (
            <Link
              className="button secondary"
              to={`/complaints/new?${new URLSearchParams({ incident: incident.id, operator: incident.operator })}`}
            >
              {t('incidents.detail.complaint')}
            </Link>
          ) : null}
          {canEdit ? (
            <button
              type="button"
              className="secondary"
              disabled={status.busy}
              onClick={() => void setStatus(incident.status === 'open' ? 'closed' : 'open')}
            >
              {t(incident.status === 'open' ? 'incidents.detail.close' : 'incidents.detail.reopen')}
            </button>
          ) : null}
        </div>
        <ErrorSummary error={status.error} fields={{}} />
      </section>
      <ClassificationPanel incident={incident} now={now} />
      <ReportsPanel detail={incident} canEdit={canEdit} onChange={detail.reload} />
      <NotificationsPanel detail={incident} canEdit={canEdit} onChange={detail.reload} />
      <ActionsPanel detail={incident} canEdit={canEdit} today={japanToday(now)} onChange={detail.reload} />
      <TimelinePanel detail={incident} />
    </>
  );
}
