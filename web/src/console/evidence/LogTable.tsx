import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useUserNames } from '../ledger/ledger-context.tsx';
import type { LogEntry } from './log-types.ts';

const TYPE_BADGE: Record<string, string> = {
  'access-denied': 'badge danger',
  export: 'badge warn',
  'ledger-version': 'badge ok',
};

/** The entries of a page; each row can show its full payload and hash. `extra` adds the access log's columns. */
export function LogTable(props: {
  readonly caption: string;
  readonly entries: readonly LogEntry[];
  readonly extraHead?: readonly string[];
  readonly extra?: (entry: LogEntry) => ReactNode;
  readonly onActor: (actor: string) => void;
  /** A new page is loading: the rows shown are the previous page's. */
  readonly busy?: boolean;
  /** Payload fields that have a column of their own, left out of the one-line summary. */
  readonly columns?: readonly string[];
}) {
  const { t, dateTime } = useI18n();
  const nameOf = useUserNames();
  return (
    <div className="table-wrap" aria-busy={props.busy ? true : undefined}>
      <table className="log-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evidence.col.seq')}</th>
            <th scope="col">{t('evidence.col.at')}</th>
            <th scope="col">{t('evidence.col.type')}</th>
            <th scope="col">{t('evidence.col.actor')}</th>
            <th scope="col">{t('evidence.col.subject')}</th>
            {(props.extraHead ?? []).map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            <th scope="col">{t('evidence.col.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr key={entry.seq}>
              <th scope="row">{entry.seq}</th>
              <td className="nowrap">{dateTime(entry.at)}</td>
              <td>
                <span className={TYPE_BADGE[entry.type] ?? 'badge'}>{typeLabel(t, entry.type)}</span>
              </td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onActor(entry.actor)}
                  title={t('evidence.filterBy')}
                >
                  {nameOf(entry.actor)}
                </button>
              </td>
              <td>{entry.subject ? <code>{entry.subject}</code> : '—'}</td>
              {props.extra?.(entry)}
              <td>
                <details>
                  <summary>{summary(entry.payload, props.columns ?? [])}</summary>
                  <pre>{JSON.stringify(entry.payload, null, 2)}</pre>
                  <p className="hint">
                    {t('evidence.col.hash')}: <code className="hash">{entry.hash}</code>
                  </p>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function typeLabel(t: (key: MessageKey) => string, type: string): string {
  const label = t(`evidence.type.${type}` as MessageKey);
  return label === `evidence.type.${type}` ? type : label;
}

/** A short line of the payload's facts (ids and counts only: the log holds no personal values). */
function summary(payload: Readonly<Record<string, unknown>>, columns: readonly string[]): string {
  const hidden = new Set(['requestId', 'principalKind', 'roles', 'operatorScope', 'subjects', ...columns]);
  const text = Object.entries(payload)
    .filter(([key]) => !hidden.has(key))
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
  return text.length > 90 ? `${text.slice(0, 89)}…` : text || '{}';
}

/** Previous / next page of a cursor-paged log. */
export function Pager(props: {
  readonly pageNumber: number;
  readonly previous: (() => void) | undefined;
  readonly next: (() => void) | undefined;
}) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t('evidence.pages')}>
      <button type="button" className="secondary" disabled={!props.previous} onClick={props.previous}>
        {t('evidence.previous')}
      </button>
      <span>{t('evidence.pageN', { n: props.pageNumber })}</span>
      <button type="button" className="secondary" disabled={!props.next} onClick={props.next}>
        {t('evidence.next')}
      </button>
    </nav>
  );
}
