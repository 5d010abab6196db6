import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { type TimelineEntry, timelineOf } from './incident-timeline.ts';
import type { IncidentDetail } from './types.ts';

/** What was done about the incident, oldest first. */
export function TimelinePanel({ detail }: { readonly detail: IncidentDetail }) {
  const { t, dateTime } = useI18n();
  const nameOf = useUserNames();
  const what = (e: TimelineEntry): string => {
    switch (e.kind) {
      case 'recorded':
        return t('incidents.timeline.recorded');
      case 'report-drafted':
        return t('incidents.timeline.drafted', {
          report: t(`incidents.report.${e.report}` as MessageKey),
          n: e.version,
        });
      case 'report-submitted':
        return t('incidents.timeline.submitted', { report: t(`incidents.report.${e.report}` as MessageKey) });
      case 'action-added':
      case 'action-closed':
        return t(`incidents.timeline.${e.kind}`, { what: e.text });
      default:
        return [
          t(`incidents.notify.kind.${e.kind.replace('notification-', '')}` as MessageKey),
          e.channel ? t(`incidents.channel.${e.channel}` as MessageKey) : '',
          e.subjectId ?? '',
        ]
          .filter(Boolean)
          .join(' · ');
    }
  };
  return (
    <section className="card" aria-labelledby="inc-timeline-title" data-testid="timeline">
      <h2 id="inc-timeline-title">{t('incidents.timeline.title')}</h2>
      <ol className="inc-timeline">
        {timelineOf(detail).map((e) => (
          <li key={e.key}>
            <span className="rq-when">{dateTime(e.at)}</span> {what(e)}
            {'by' in e && e.by ? <span className="hint"> · {nameOf(e.by)}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
