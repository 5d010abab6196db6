import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { ChangeList } from './ChangeList.tsx';
import { useLedger, useUserNames } from './ledger-context.tsx';
import { Table } from './ledger-table.tsx';
import type { Change, VersionSummary } from './ledger-types.ts';

const PAGE = 20;

/** Every stored version, newest first: who, when, why; each compared with the one before, or any two compared. */
export function HistoryView() {
  const { t, dateTime } = useI18n();
  const { version: current } = useLedger();
  const nameOf = useUserNames();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const page = useApi<{ items: VersionSummary[]; total: number }>(
    `/api/v1/ledger/versions?limit=${PAGE}&offset=${offset}`,
  );
  const [from, setFrom] = useState(String(Math.max(1, current.number - 1)));
  const [to, setTo] = useState(String(current.number));
  const compare = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/ledger/history/diff?from=${from}&to=${to}`);
  };
  const numbers = Array.from({ length: current.number }, (_, i) => current.number - i);
  return (
    <>
      <h2>{t('ledger.history.title')}</h2>
      <form className="filter-bar" onSubmit={compare} aria-label={t('ledger.history.compare')}>
        <div className="field">
          <label htmlFor="diff-from">{t('ledger.history.from')}</label>
          <select id="diff-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {t('ledger.versionN', { n })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="diff-to">{t('ledger.history.to')}</label>
          <select id="diff-to" value={to} onChange={(e) => setTo(e.target.value)}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {t('ledger.versionN', { n })}
              </option>
            ))}
          </select>
        </div>
        <div className="field filter-actions">
          <button type="submit">{t('ledger.history.compare')}</button>
        </div>
      </form>
      {page.data === undefined ? (
        <p>{page.error ? t('common.error', { message: String(page.error) }) : t('common.loading')}</p>
      ) : (
        <>
          <Table
            caption={t('ledger.history.title')}
            head={[
              t('ledger.col.version'),
              t('ledger.col.storedAt'),
              t('ledger.col.author'),
              t('ledger.col.reason'),
              t('ledger.col.diff'),
            ]}
          >
            {page.data.items.map((v) => (
              <tr key={v.number}>
                <th scope="row">
                  {t('ledger.versionN', { n: v.number })}
                  {v.number === current.number ? <span className="badge ok">{t('ledger.history.current')}</span> : null}
                </th>
                <td>{dateTime(v.createdAt)}</td>
                <td>{nameOf(v.author)}</td>
                <td>{v.comment}</td>
                <td>
                  {v.number > 1 ? (
                    <Link
                      to={`/ledger/history/diff?from=${v.number - 1}&to=${v.number}`}
                      aria-label={t('ledger.history.diffOf', { n: v.number })}
                    >
                      {t('ledger.history.showDiff')}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </Table>
          <nav className="pager" aria-label={t('ledger.history.pages')}>
            {offset > 0 ? <Link to={`?offset=${Math.max(0, offset - PAGE)}`}>{t('ledger.history.newer')}</Link> : null}
            <span>
              {t('ledger.history.range', {
                from: offset + 1,
                to: offset + page.data.items.length,
                total: page.data.total,
              })}
            </span>
            {offset + PAGE < page.data.total ? (
              <Link to={`?offset=${offset + PAGE}`}>{t('ledger.history.older')}</Link>
            ) : null}
          </nav>
        </>
      )}
    </>
  );
}

/** The changes from one version to another, in the console's language. */
export function DiffView() {
  const { t, locale, dateTime } = useI18n();
  const { version: current } = useLedger();
  const nameOf = useUserNames();
  const [params] = useSearchParams();
  const from = Number(params.get('from'));
  const to = Number(params.get('to'));
  const valid = Number.isInteger(from) && from >= 1 && Number.isInteger(to) && to >= 1;
  const diff = useApi<{ from: number; to: number; changes: Change[] }>(
    valid ? `/api/v1/ledger/diff?from=${from}&to=${to}&lang=${locale}` : undefined,
  );
  // Numbers are gap-free and the list is newest first, so the newer version's summary is one row at this offset.
  const newer = Math.max(from, to);
  const summary = useApi<{ items: VersionSummary[] }>(
    valid && newer <= current.number ? `/api/v1/ledger/versions?limit=1&offset=${current.number - newer}` : undefined,
  );
  const about = summary.data?.items[0];
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/ledger/history">{t('ledger.history.title')}</Link>
      </p>
      <h2>{t('ledger.diff.title', { from, to })}</h2>
      {about && about.number === newer ? (
        <dl className="facts">
          <dt>{t('ledger.col.reason')}</dt>
          <dd>{about.comment}</dd>
          <dt>{t('ledger.col.author')}</dt>
          <dd>
            {nameOf(about.author)} · {dateTime(about.createdAt)}
          </dd>
        </dl>
      ) : null}
      {!valid ? (
        <p className="error">{t('ledger.diff.badRange')}</p>
      ) : diff.error ? (
        <p className="error" role="alert">
          {t('common.error', { message: diff.error instanceof Error ? diff.error.message : String(diff.error) })}
        </p>
      ) : diff.data === undefined ? (
        <p>{t('common.loading')}</p>
      ) : (
        <ChangeList changes={diff.data.changes} />
      )}
    </>
  );
}
