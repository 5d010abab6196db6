import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import type { Cell, Execution, ResponsePackage } from './types.ts';

const cell = (value: Cell) => (value === null ? '—' : String(value));

/** A package (what the search found, or the reply as prepared) per system, table and data item. */
export function PackageView({ pkg, idPrefix }: { readonly pkg: ResponsePackage; readonly idPrefix: string }) {
  const { t, locale, number, date } = useI18n();
  const tables = pkg.systems.reduce((n, s) => n + s.tables.length, 0);
  const rows = pkg.systems.reduce((n, s) => n + s.tables.reduce((m, x) => m + x.rowCount, 0), 0);
  return (
    <div className="rq-package">
      {pkg.systems.length === 0 &&
      pkg.purposes === undefined &&
      pkg.execution === undefined &&
      pkg.provisionRecords.length === 0 ? (
        <p>{t('requests.package.nothing')}</p>
      ) : null}
      {pkg.systems.length > 0 ? (
        <p data-testid={`${idPrefix}-summary`}>
          {t('requests.package.summary', {
            systems: number(pkg.systems.filter((s) => s.tables.length > 0).length),
            tables: number(tables),
            rows: number(rows),
          })}
        </p>
      ) : null}
      {pkg.systems.map((system) =>
        system.tables.length === 0 ? (
          <p key={system.system} className="hint">
            {t('requests.package.nothingIn', { system: system.name[locale] })}
          </p>
        ) : (
          <section key={system.system} aria-labelledby={`${idPrefix}-${system.system}`}>
            <h4 id={`${idPrefix}-${system.system}`}>{system.name[locale]}</h4>
            {system.tables.map((table) => (
              <details key={table.table} className="rq-table-block" open={table.rowCount <= 3}>
                <summary>
                  {table.table} · {t('requests.package.rows', { rows: number(table.rowCount) })}
                </summary>
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('requests.package.item')}</th>
                        <th scope="col">{t('requests.package.values')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {table.items.map((item) => (
                        <tr key={item.item}>
                          <th scope="row">{item.name[locale]}</th>
                          <td>
                            {item.rows.map((row) => (
                              <div key={row.key} className="rq-values">
                                {item.columns
                                  .map((column) => `${column}: ${cell(row.values[column] ?? null)}`)
                                  .join(' / ')}
                              </div>
                            ))}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            ))}
          </section>
        ),
      )}
      {pkg.routedToCustomer.length > 0 ? (
        <p>
          {t('requests.package.routed', { categories: pkg.routedToCustomer.map((r) => r.name[locale]).join(', ') })}
        </p>
      ) : null}
      {pkg.purposes !== undefined ? (
        <>
          <h4>{t('requests.package.purposes')}</h4>
          <ul>
            {pkg.purposes.map((p) => (
              <li key={p.id}>{p.text[locale]}</li>
            ))}
          </ul>
        </>
      ) : null}
      {pkg.provisionRecords.length > 0 ? (
        <>
          <h4>{t('requests.package.provisions')}</h4>
          <ul>
            {pkg.provisionRecords.map((p) => (
              <li key={`${p.recipient}-${p.firstProvidedAt}`}>
                {p.recipient}: {p.items.join(', ')} ({date(p.firstProvidedAt)} – {date(p.lastProvidedAt)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {pkg.execution !== undefined ? <ExecutionView execution={pkg.execution} /> : null}
    </div>
  );
}

/** What the search found, for the reviewer. */
export function SearchResults({ requestId }: { readonly requestId: string }) {
  const { t } = useI18n();
  const pkg = useApi<ResponsePackage>(`/api/v1/requests/${requestId}/package?format=json`);
  return (
    <section className="card req-card" aria-labelledby="results-title" data-testid="search-results">
      <h2 id="results-title">{t('requests.results.title')}</h2>
      {pkg.data ? (
        <PackageView pkg={pkg.data} idPrefix="found" />
      ) : pkg.error ? (
        <p className="error">{t('requests.results.missing')}</p>
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </section>
  );
}

/** The reply as the person will get it, with the letter (PDF) and the CSV to open. */
export function ResponsePreview({ requestId, version }: { readonly requestId: string; readonly version: string }) {
  const { t } = useI18n();
  const pkg = useApi<ResponsePackage>(`/api/v1/requests/${requestId}/package?format=reply&v=${version}`);
  const base = `/api/v1/requests/${requestId}/package`;
  return (
    <section className="card req-card" aria-labelledby="preview-title" data-testid="response-preview">
      <h2 id="preview-title">{t('requests.preview.title')}</h2>
      <p className="actions">
        <a className="button" href={`${base}?format=pdf`} data-testid="letter-link">
          {t('requests.preview.letter')}
        </a>
        <a className="button secondary" href={`${base}?format=csv`}>
          {t('requests.preview.csv')}
        </a>
      </p>
      {pkg.data ? (
        <PackageView pkg={pkg.data} idPrefix="reply" />
      ) : pkg.error ? (
        <p className="hint">{t('requests.preview.noPackage')}</p>
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </section>
  );
}

/** What carrying the request out did: rows deleted and updated, items, what a legal rule kept, the suspension. */
function ExecutionView({ execution }: { readonly execution: Execution }) {
  const { t, number, date, dateTime } = useI18n();
  return (
    <section aria-labelledby="execution-title" data-testid="execution">
      <h4 id="execution-title">{t('requests.package.execution')}</h4>
      <dl className="rq-facts">
        <dt>{t('requests.execution.kind')}</dt>
        <dd>{t(`requests.execution.kind.${execution.kind}` as MessageKey)}</dd>
        {execution.finishedAt ? (
          <>
            <dt>{t('requests.execution.at')}</dt>
            <dd>{dateTime(execution.finishedAt)}</dd>
          </>
        ) : null}
        <dt>{t('requests.execution.rows')}</dt>
        <dd>
          {t('requests.execution.rowsText', {
            systems: number(execution.systems ?? 0),
            deleted: number(execution.rowsDeleted ?? 0),
            updated: number(execution.rowsUpdated ?? 0),
          })}
        </dd>
        {execution.items && execution.items.length > 0 ? (
          <>
            <dt>{t('requests.execution.items')}</dt>
            <dd>{execution.items.join(', ')}</dd>
          </>
        ) : null}
        {execution.suspension ? (
          <>
            <dt>{t('requests.execution.suspension')}</dt>
            <dd>
              {[execution.suspension.kind, execution.suspension.purpose, execution.suspension.recipient]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </>
        ) : null}
      </dl>
      {execution.kept && execution.kept.length > 0 ? (
        <>
          <p>{t('requests.execution.kept')}</p>
          <ul>
            {execution.kept.map((k, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered; entries may repeat
              <li key={i}>
                {k.table}: {k.items.join(', ')} ({k.rule}
                {k.until ? `, ${t('requests.execution.until', { date: date(k.until) })}` : ''})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
