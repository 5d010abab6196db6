import { type FormEvent, useState } from 'react';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { Field } from '../forms/Field.tsx';
import type { FieldMap } from '../forms/IssueSummary.tsx';
import { SubmitRow } from '../forms/inputs.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { ReportData } from './ReportData.tsx';
import { draftItems } from './report-draft.ts';
import {
  type IncidentDetail,
  REPORT_ITEM_KEYS,
  REPORT_KINDS,
  type ReportItems,
  type ReportKind,
  type ReportVersion,
} from './types.ts';

/**
 * Report drafts for the PPC (preliminary and confirmed, BR-9's nine items) and the Privacy Mark body (BR-12): every
 * version kept, each as PDF and as the form's structured data; a new version; the filing recorded.
 */
export function ReportsPanel(props: {
  readonly detail: IncidentDetail;
  readonly canEdit: boolean;
  readonly onChange: () => void;
}) {
  const { t, dateTime } = useI18n();
  const nameOf = useUserNames();
  const { detail } = props;
  const [shown, setShown] = useState<ReportVersion | undefined>(undefined);
  const submit = useSubmit();
  const base = `/api/v1/incidents/${encodeURIComponent(detail.id)}/reports`;
  const owed = REPORT_KINDS.filter(
    (kind) =>
      detail.reports.some((r) => r.kind === kind) ||
      (kind === 'ppc-preliminary' && detail.classification.deadlines.preliminaryReport !== undefined) ||
      (kind === 'ppc-confirmed' && detail.classification.deadlines.confirmedReport !== undefined) ||
      (kind === 'privacy-mark' && detail.classification.deadlines.privacyMarkReport !== undefined),
  );
  const markFiled = async (kind: ReportKind) => {
    if (await submit.run('POST', `${base}/${kind}/submitted`)) props.onChange();
  };
  return (
    <section className="card" aria-labelledby="inc-reports-title" data-testid="reports">
      <h2 id="inc-reports-title">{t('incidents.reports.title')}</h2>
      {owed.length === 0 ? <p>{t('incidents.reports.noneOwed')}</p> : null}
      {owed.map((kind) => {
        const versions = detail.reports.filter((r) => r.kind === kind);
        const filed = detail.submitted[kind];
        return (
          <div key={kind} className="inc-report-kind">
            <h3>{t(`incidents.report.${kind}` as MessageKey)}</h3>
            {versions.length === 0 ? (
              <p className="hint">{t('incidents.reports.noVersion')}</p>
            ) : (
              <ul className="inc-versions">
                {versions.map((v) => (
                  <li key={v.version} data-testid={`report-${kind}-v${v.version}`}>
                    {t('incidents.reports.version', { n: v.version })} · {dateTime(v.createdAt)} · {nameOf(v.author)}{' '}
                    <a href={`${base}/${kind}/${v.version}?format=pdf`} target="_blank" rel="noopener">
                      {t('incidents.reports.pdf', { n: v.version })}
                    </a>{' '}
                    <button type="button" className="secondary inc-small" onClick={() => setShown(v)}>
                      {t('incidents.reports.showData', { n: v.version })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {filed ? (
              <p>
                <span className="badge ok">{t('incidents.clock.state.filed')}</span>{' '}
                {t('incidents.clock.filedAt', { at: dateTime(filed) })}
              </p>
            ) : props.canEdit && versions.length > 0 ? (
              <button type="button" className="secondary" disabled={submit.busy} onClick={() => void markFiled(kind)}>
                {t('incidents.reports.markFiled')}
              </button>
            ) : null}
          </div>
        );
      })}
      <ErrorSummary error={submit.error} fields={{}} />
      {shown ? <ReportData incidentId={detail.id} version={shown} onClose={() => setShown(undefined)} /> : null}
      {props.canEdit ? <NewVersionForm detail={detail} onSaved={props.onChange} /> : null}
    </section>
  );
}

function NewVersionForm({ detail, onSaved }: { readonly detail: IncidentDetail; readonly onSaved: () => void }) {
  const { t } = useI18n();
  const initialKind = REPORT_KINDS.find((k) => detail.submitted[k] === undefined) ?? 'ppc-preliminary';
  const [kind, setKind] = useState<ReportKind>(initialKind);
  const [items, setItems] = useState<ReportItems>(() =>
    draftItems(detail.reports, initialKind, detail.facts.peopleAffected),
  );
  const [saved, setSaved] = useState<number | undefined>(undefined);
  const action = useSubmit();
  const label = (key: keyof ReportItems) => t(`incidents.item.${key}` as MessageKey);
  const fields: FieldMap = Object.fromEntries(
    REPORT_ITEM_KEYS.map((key) => [`items.${key}`, { id: `rep-${key}`, label: label(key) }]),
  );
  const chooseKind = (next: ReportKind) => {
    setKind(next);
    setItems(draftItems(detail.reports, next, detail.facts.peopleAffected));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const version = await action.run<ReportVersion>(
      'POST',
      `/api/v1/incidents/${encodeURIComponent(detail.id)}/reports`,
      { kind, items },
    );
    if (version) {
      setSaved(version.version);
      onSaved();
    }
  };
  return (
    <details className="inc-new-version">
      <summary>{t('incidents.reports.write')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('incidents.reports.write')}>
        <p className="hint">{t('incidents.reports.writeHint')}</p>
        <ErrorSummary error={action.error} fields={fields} />
        <div className="field">
          <label htmlFor="rep-kind">{t('incidents.reports.kind')}</label>
          <select id="rep-kind" value={kind} onChange={(e) => chooseKind(e.target.value as ReportKind)}>
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`incidents.report.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {REPORT_ITEM_KEYS.map((key, index) => (
          <Field
            key={key}
            id={`rep-${key}`}
            label={`${index + 1}. ${label(key)}`}
            field={`items.${key}`}
            error={action.error}
          >
            {(aria) => (
              <textarea
                className="inc-item-text"
                value={items[key]}
                onChange={(e) => setItems((current) => ({ ...current, [key]: e.target.value }))}
                {...aria}
              />
            )}
          </Field>
        ))}
        <SubmitRow busy={action.busy} label={t('incidents.reports.save')} />
        {saved !== undefined ? (
          <p className="notice-ok" role="status">
            {t('incidents.reports.saved', { n: saved })}
          </p>
        ) : null}
      </form>
    </details>
  );
}
