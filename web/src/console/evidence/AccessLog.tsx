import { useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { downloadAccessLogCsv, saveFile } from './csv-download.ts';
import { LogResults } from './EvidenceLog.tsx';
import { LogFilters } from './LogFilters.tsx';
import { ACCESS_TYPES, type LogEntry } from './log-types.ts';
import { useLogScreen } from './use-log-screen.ts';

interface LedgerOperators {
  readonly ledger: { readonly operators: readonly { id: string; name: { ja: string; en: string } }[] };
}

/** Logging of use: reads of personal data, exports, ledger changes, refused calls; with a CSV of all that match. */
export function AccessLog() {
  const { t, locale, number } = useI18n();
  const screen = useLogScreen('/api/v1/access-log');
  const ledger = useApi<LedgerOperators>('/api/v1/ledger');
  const operators = (ledger.data?.ledger.operators ?? []).map((op) => ({ id: op.id, label: op.name[locale] }));
  const [csv, setCsv] = useState<{ rows: number; running: boolean; error?: string } | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);

  async function download() {
    const controller = new AbortController();
    abort.current = controller;
    setCsv({ rows: 0, running: true });
    try {
      const blob = await downloadAccessLogCsv(screen.query, {
        signal: controller.signal,
        onProgress: (rows) => setCsv({ rows, running: true }),
      });
      saveFile(blob, 'access-log.csv');
      setCsv((state) => ({ rows: state?.rows ?? 0, running: false }));
    } catch (error) {
      setCsv((state) => ({
        rows: state?.rows ?? 0,
        running: false,
        error: controller.signal.aborted ? t('evidence.csv.cancelled') : String(error),
      }));
    }
  }

  const extra = (entry: LogEntry) => (
    <>
      <td>
        <code className="route">{String(entry.payload.route ?? '—')}</code>
      </td>
      <td>
        {Array.isArray(entry.payload.items) ? entry.payload.items.join(', ') : '—'}
        {typeof entry.payload.rows === 'number' ? (
          <div className="hint">{t('evidence.rows', { count: entry.payload.rows })}</div>
        ) : null}
      </td>
    </>
  );
  return (
    <>
      <h2>{t('evidence.access.title')}</h2>
      <p className="hint">{t('evidence.access.hint')}</p>
      <LogFilters
        fields={['type', 'actor', 'subject', 'route', 'operator']}
        types={ACCESS_TYPES}
        operators={operators}
        value={screen.filter}
        onApply={screen.apply}
      />
      <div className="csv-download">
        <button type="button" className="secondary" onClick={() => void download()} disabled={csv?.running}>
          {t('evidence.csv.download')}
        </button>
        {csv?.running ? (
          <>
            <span role="status">{t('evidence.csv.progress', { rows: number(csv.rows) })}</span>
            <button type="button" className="secondary" onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </button>
          </>
        ) : csv?.error ? (
          <span className="error" role="alert">
            {csv.error}
          </span>
        ) : csv ? (
          <span className="notice-ok" role="status">
            {t('evidence.csv.done', { rows: number(csv.rows) })}
          </span>
        ) : null}
      </div>
      <LogResults
        screen={screen}
        caption={t('evidence.access.title')}
        extraHead={[t('evidence.col.route'), t('evidence.col.items')]}
        extra={extra}
        columns={['route', 'items', 'rows']}
      />
    </>
  );
}
