import { Link, useSearchParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { hasRole, useSession } from '../session.tsx';
import {
  APPLIES,
  type BrowseFilter,
  FILTER_KEYS,
  type FilterKey,
  filterLedger,
  SECTIONS,
  type Section,
} from './browse-filter.ts';
import { SectionTable } from './browse-tables.tsx';
import { useLedger } from './ledger-context.tsx';

const SOURCES: Record<FilterKey, 'operators' | 'subjectCategories' | 'dataItems' | 'purposes' | 'systems'> = {
  operator: 'operators',
  category: 'subjectCategories',
  item: 'dataItems',
  purpose: 'purposes',
  system: 'systems',
};

/** The ledger by section, narrowed by operator, subject category, item, purpose, system and words (kept in the URL). */
export function LedgerBrowse() {
  const { t } = useI18n();
  const { me } = useSession();
  const { ledger, local } = useLedger();
  const [params, setParams] = useSearchParams();
  const requested = params.get('section');
  const section: Section = SECTIONS.includes(requested as Section) ? (requested as Section) : 'purposes';
  const filter: BrowseFilter = Object.fromEntries(
    [...FILTER_KEYS, 'q'].flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value]] : [];
    }),
  );
  const results = filterLedger(ledger, filter);
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const linkTo = (s: Section) => {
    const next = new URLSearchParams(params);
    next.set('section', s);
    return `?${next.toString()}`;
  };
  const ignored = FILTER_KEYS.filter((key) => filter[key] !== undefined && !APPLIES[section].includes(key));
  const canEdit = hasRole(me, 'administrator', 'privacy-staff');

  return (
    <>
      <search aria-label={t('ledger.browse.filters')}>
        <form className="filter-bar" onSubmit={(e) => e.preventDefault()}>
          {FILTER_KEYS.map((key) => {
            const options = ledger[SOURCES[key]] as readonly {
              id: string;
              name?: { ja: string; en: string };
              text?: { ja: string; en: string };
            }[];
            return (
              <div className="field" key={key}>
                <label htmlFor={`filter-${key}`}>{t(`ledger.filter.${key}` as MessageKey)}</label>
                <select id={`filter-${key}`} value={filter[key] ?? ''} onChange={(e) => update(key, e.target.value)}>
                  <option value="">{t('ledger.filter.any')}</option>
                  {options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {local(o.name ?? o.text)}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
          <div className="field">
            <label htmlFor="filter-q">{t('ledger.filter.q')}</label>
            <input id="filter-q" type="search" value={filter.q ?? ''} onChange={(e) => update('q', e.target.value)} />
          </div>
          {Object.keys(filter).length > 0 ? (
            <div className="field filter-actions">
              <button
                type="button"
                className="secondary"
                onClick={() => setParams(section === 'purposes' ? {} : { section }, { replace: true })}
              >
                {t('ledger.filter.clear')}
              </button>
            </div>
          ) : null}
        </form>
      </search>
      <nav className="tab-links" aria-label={t('ledger.browse.sections')}>
        {SECTIONS.map((s) => (
          <Link key={s} to={linkTo(s)} aria-current={s === section ? 'page' : undefined}>
            {t(`ledger.section.${s}` as MessageKey)} <span className="count-pill">{results[s].length}</span>
          </Link>
        ))}
      </nav>
      <div className="section-head">
        <h2>
          {t(`ledger.section.${section}` as MessageKey)}{' '}
          <span className="hint">{t('ledger.browse.count', { count: results[section].length })}</span>
        </h2>
        {canEdit && section === 'purposes' ? (
          <Link className="button" to="/ledger/purposes/new">
            {t('ledger.purpose.add')}
          </Link>
        ) : null}
        {canEdit && section === 'dataItems' ? (
          <Link className="button" to="/ledger/items/new">
            {t('ledger.item.add')}
          </Link>
        ) : null}
      </div>
      {ignored.length > 0 ? (
        <p className="hint">
          {t('ledger.browse.ignored', {
            filters: ignored.map((key) => t(`ledger.filter.${key}` as MessageKey)).join(t('ledger.listSeparator')),
          })}
        </p>
      ) : null}
      <SectionTable section={section} results={results} />
    </>
  );
}
