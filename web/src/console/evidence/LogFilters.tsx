import { type FormEvent, useState } from 'react';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useDirectory } from '../ledger/ledger-context.tsx';
import type { LogFilter } from './log-types.ts';

const FIELDS = ['type', 'actor', 'subject', 'route', 'operator', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The filters of a log screen, applied on submit (typing does not query on every key). `fields` says which the
 * screen offers; types and operators are choices, the rest free text; dates are Japan calendar days.
 */
export function LogFilters(props: {
  readonly fields: readonly Field[];
  readonly types: readonly string[];
  readonly operators?: readonly { readonly id: string; readonly label: string }[];
  readonly value: LogFilter;
  readonly onApply: (filter: LogFilter) => void;
}) {
  const { t } = useI18n();
  const { ids, nameOf } = useDirectory();
  const [draft, setDraft] = useState<LogFilter>(props.value);
  // The applied filter comes from the URL (a link, back/forward): the fields follow it when it changes, and only then.
  const applied = JSON.stringify(props.value);
  const [shown, setShown] = useState(applied);
  if (applied !== shown) {
    setShown(applied);
    setDraft(props.value);
  }
  const set = (key: Field) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onApply(draft);
  };
  const invalidRange = draft.from && draft.to && draft.from > draft.to;
  return (
    <search aria-label={t('evidence.filter.label')}>
      <form className="filter-bar" onSubmit={submit}>
        {props.fields.includes('type') ? (
          <div className="field">
            <label htmlFor="log-type">{t('evidence.filter.type')}</label>
            <select id="log-type" value={draft.type ?? ''} onChange={(e) => set('type')(e.target.value)}>
              <option value="">{t('evidence.filter.any')}</option>
              {props.types.map((type) => (
                <option key={type} value={type}>
                  {t(`evidence.type.${type}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {props.fields.includes('actor') ? (
          <div className="field">
            <label htmlFor="log-actor">{t('evidence.filter.actor')}</label>
            <select id="log-actor" value={draft.actor ?? ''} onChange={(e) => set('actor')(e.target.value)}>
              <option value="">{t('evidence.filter.any')}</option>
              {[...new Set([...ids, 'system', 'cli', ...(draft.actor ? [draft.actor] : [])])].map((actor) => (
                <option key={actor} value={actor}>
                  {nameOf(actor)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {props.fields.includes('subject') ? (
          <div className="field">
            <label htmlFor="log-subject">{t('evidence.filter.subject')}</label>
            <input id="log-subject" value={draft.subject ?? ''} onChange={(e) => set('subject')(e.target.value)} />
          </div>
        ) : null}
        {props.fields.includes('route') ? (
          <div className="field">
            <label htmlFor="log-route">{t('evidence.filter.route')}</label>
            <input
              id="log-route"
              value={draft.route ?? ''}
              placeholder="GET /api/v1/…"
              onChange={(e) => set('route')(e.target.value)}
            />
          </div>
        ) : null}
        {props.fields.includes('operator') && props.operators ? (
          <div className="field">
            <label htmlFor="log-operator">{t('evidence.filter.operator')}</label>
            <select id="log-operator" value={draft.operator ?? ''} onChange={(e) => set('operator')(e.target.value)}>
              <option value="">{t('evidence.filter.any')}</option>
              {props.operators.map((op) => (
                <option key={op.id} value={op.id}>
                  {op.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="log-from">{t('evidence.filter.from')}</label>
          <input id="log-from" type="date" value={draft.from ?? ''} onChange={(e) => set('from')(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="log-to">{t('evidence.filter.to')}</label>
          <input
            id="log-to"
            type="date"
            value={draft.to ?? ''}
            onChange={(e) => set('to')(e.target.value)}
            aria-invalid={invalidRange ? true : undefined}
            aria-describedby={invalidRange ? 'log-to-error' : undefined}
          />
          {invalidRange ? (
            <p className="field-error" id="log-to-error">
              {t('evidence.filter.badRange')}
            </p>
          ) : null}
        </div>
        <div className="field filter-actions">
          <button type="submit" disabled={Boolean(invalidRange)}>
            {t('evidence.filter.apply')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft({});
              props.onApply({});
            }}
          >
            {t('evidence.filter.clear')}
          </button>
        </div>
      </form>
    </search>
  );
}
