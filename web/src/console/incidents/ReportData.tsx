import { Fragment, useState } from 'react';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { ErrorAlert } from '../forms/ErrorAlert.tsx';
import { formText } from './report-draft.ts';
import type { ReportVersion, ReportWithForm } from './types.ts';

/** One version's structured data, as text and JSON ready to paste into the regulator's (or the P-mark body's) form. */
export function ReportData(props: {
  readonly incidentId: string;
  readonly version: ReportVersion;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const { kind, version } = props.version;
  const path = `/api/v1/incidents/${encodeURIComponent(props.incidentId)}/reports/${kind}/${version}?format=json`;
  const report = useApi<ReportWithForm>(path);
  const [copied, setCopied] = useState<'text' | 'json' | 'failed' | undefined>(undefined);
  const entries = report.data?.form.entries ?? [];
  const text = formText(entries);
  const json = JSON.stringify(entries, null, 2);
  // The clipboard exists only on secure origins (https, localhost); elsewhere the text is there to select.
  const copy = (what: 'text' | 'json') => {
    if (navigator.clipboard === undefined) {
      setCopied('failed');
      return;
    }
    navigator.clipboard.writeText(what === 'text' ? text : json).then(
      () => setCopied(what),
      () => setCopied('failed'),
    );
  };
  const title = `${t(`incidents.report.${kind}` as MessageKey)} · ${t('incidents.reports.version', { n: version })}`;
  return (
    <section className="inc-report-data" aria-label={title} data-testid="report-data">
      <h3>{title}</h3>
      {report.error !== undefined ? (
        <ErrorAlert error={report.error} />
      ) : report.data === undefined ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <dl className="rq-facts">
            {entries.map((e) => (
              <Fragment key={e.no}>
                <dt lang="ja">
                  {e.no}. {e.label}
                </dt>
                <dd className="inc-entry">{e.value.trim() === '' ? t('incidents.reports.empty') : e.value}</dd>
              </Fragment>
            ))}
          </dl>
          <div className="field">
            <label htmlFor="rep-text">{t('incidents.reports.asText')}</label>
            <textarea id="rep-text" readOnly value={text} lang="ja" />
          </div>
          <div className="field">
            <label htmlFor="rep-json">{t('incidents.reports.asJson')}</label>
            <textarea id="rep-json" readOnly value={json} className="inc-code" />
          </div>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => copy('text')}>
              {t('incidents.reports.copyText')}
            </button>
            <button type="button" className="secondary" onClick={() => copy('json')}>
              {t('incidents.reports.copyJson')}
            </button>
            <button type="button" className="secondary" onClick={props.onClose}>
              {t('incidents.reports.close')}
            </button>
          </div>
          <p role="status" className="hint">
            {copied === 'failed' ? t('incidents.reports.copyFailed') : copied ? t('incidents.reports.copied') : ''}
          </p>
        </>
      )}
    </section>
  );
}
