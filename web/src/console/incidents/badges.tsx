import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { Clock } from './incident-clocks.ts';
import type { IncidentRecord } from './types.ts';

/** Reportable or not, with the grounds (BR-1..BR-4, MN-5) and an exemption (BR-5, BR-10). */
export function ClassificationBadges({ incident }: { readonly incident: IncidentRecord }) {
  const { t } = useI18n();
  const c = incident.classification;
  return (
    <span className="inc-badges" data-testid="classification">
      <span className={`badge ${c.reportable ? 'danger' : 'ok'}`}>
        {t(c.reportable ? 'incidents.class.reportable' : 'incidents.class.notReportable')}
      </span>
      {c.grounds.map((g) => (
        <span key={g} className="badge">
          {g}
        </span>
      ))}
      {c.exemption ? (
        <span className="badge warn">{t(`incidents.exemption.short.${c.exemption}` as MessageKey)}</span>
      ) : null}
    </span>
  );
}

/** A clock's state: filed, overdue, due soon (nothing while it is far off). */
export function ClockBadge({ clock }: { readonly clock: Clock }) {
  const { t } = useI18n();
  if (clock.state === 'upcoming') return null;
  const tone = clock.state === 'filed' ? 'ok' : clock.state === 'overdue' ? 'overdue' : 'warn';
  return <span className={`badge ${tone}`}>{t(`incidents.clock.state.${clock.state}` as MessageKey)}</span>;
}

export function StatusBadge({ status }: { readonly status: 'open' | 'closed' }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${status === 'closed' ? 'ok' : ''}`}>{t(`incidents.status.${status}` as MessageKey)}</span>
  );
}
