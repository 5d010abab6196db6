import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useLedger } from '../ledger/ledger-context.tsx';
import { ClassificationBadges, ClockBadge } from './badges.tsx';
import { IncTable } from './IncTable.tsx';
import { clocksOf } from './incident-clocks.ts';
import { type GroundReason, groundReasons, type ItemFlags } from './incident-reasons.ts';
import type { IncidentRecord } from './types.ts';

interface BreachRules {
  readonly rules: {
    readonly preliminaryDays: number;
    readonly confirmedDays: number;
    readonly confirmedDaysWrongfulPurpose: number;
    readonly peopleThreshold: number;
    readonly myNumberPeopleThreshold: number;
  };
}

/** The classification against BR-1..BR-5 and MN-5 with the facts behind each ground, and the clocks it started. */
export function ClassificationPanel({ incident, now }: { readonly incident: IncidentRecord; readonly now: Date }) {
  const { t, dateTime, number } = useI18n();
  const { ledger, nameOf } = useLedger();
  const rules = useApi<BreachRules>(`/api/v1/breach-rules/${encodeURIComponent(incident.operator)}`);
  const flags = new Map<string, ItemFlags>(ledger.dataItems.map((item) => [item.id, item.flags]));
  const reasons = groundReasons(incident, (id) => flags.get(id), rules.data?.rules);
  const c = incident.classification;
  const clocks = clocksOf(incident, now);
  const reasonText = (r: GroundReason) => {
    const items = r.items.map((id) => nameOf('dataItems', id)).join(t('incidents.listSeparator'));
    const people = number(r.people ?? 0);
    const threshold = r.threshold === undefined ? '—' : number(r.threshold);
    switch (r.ground) {
      case 'BR-1':
        return t('incidents.reason.BR-1', { items });
      case 'BR-2':
        return t('incidents.reason.BR-2', { items });
      case 'BR-3':
        return t('incidents.reason.BR-3', { cause: t(`incidents.cause.${r.cause ?? 'other'}` as MessageKey) });
      case 'BR-4':
        return t('incidents.reason.BR-4', { people, threshold });
      case 'MN-5':
        return t('incidents.reason.MN-5', { items, people, threshold });
    }
  };
  return (
    <section className="card" aria-labelledby="inc-class-title" data-testid="classification-panel">
      <h2 id="inc-class-title">{t('incidents.class.title')}</h2>
      <p>
        <ClassificationBadges incident={incident} />
      </p>
      {reasons.length === 0 ? (
        <p>{t('incidents.class.noGround')}</p>
      ) : (
        <ul className="inc-reasons">
          {reasons.map((r) => (
            <li key={r.ground}>
              <strong>{r.ground}</strong> {reasonText(r)}
            </li>
          ))}
        </ul>
      )}
      {c.exemption ? <p className="notice-warn">{t(`incidents.exemption.${c.exemption}` as MessageKey)}</p> : null}
      <ul className="inc-reasons">
        <li>{t(c.notifyIndividuals ? 'incidents.class.notifyPeople' : 'incidents.class.noNotifyPeople')}</li>
        {c.notifyClient !== undefined ? <li>{t('incidents.class.notifyClient', { client: c.notifyClient })}</li> : null}
        {incident.facts.privacyMarkHolder ? <li>{t('incidents.class.privacyMark')}</li> : null}
      </ul>
      <h3>{t('incidents.clock.title')}</h3>
      {clocks.length === 0 ? (
        <p>{t('incidents.clock.none')}</p>
      ) : (
        <IncTable
          caption={t('incidents.clock.title')}
          columns={[t('incidents.clock.what'), t('incidents.clock.due'), t('incidents.clock.state')]}
          testId="clocks"
        >
          {clocks.map((clock) => (
            <tr key={clock.kind} className={clock.state === 'overdue' ? 'inc-overdue' : undefined}>
              <th scope="row">{t(`incidents.clock.${clock.kind}` as MessageKey)}</th>
              <td>{dateTime(clock.due)}</td>
              <td>
                <ClockBadge clock={clock} />{' '}
                {clock.filedAt ? t('incidents.clock.filedAt', { at: dateTime(clock.filedAt) }) : null}
              </td>
            </tr>
          ))}
        </IncTable>
      )}
      {rules.data ? (
        <p className="hint">
          {t('incidents.clock.rules', {
            preliminary: rules.data.rules.preliminaryDays,
            confirmed: rules.data.rules.confirmedDays,
            wrongful: rules.data.rules.confirmedDaysWrongfulPurpose,
          })}
        </p>
      ) : null}
    </section>
  );
}
