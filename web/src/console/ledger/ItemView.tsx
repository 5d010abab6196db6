import { Link, useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { hasRole, useSession } from '../session.tsx';
import { PurposeTable } from './browse-tables.tsx';
import { ContractorTable, RecipientTable, RetentionTable, SystemTable } from './browse-tables-more.tsx';
import { ItemFlagBadges, NameList } from './item-badges.tsx';
import { useLedger } from './ledger-context.tsx';
import { ITEM_FLAGS } from './ledger-types.ts';

/** One data item: its flags, who holds it, which purposes use it, where it is stored, how long, who receives it. */
export function ItemView() {
  const { t } = useI18n();
  const { me } = useSession();
  const { ledger, local, nameOf } = useLedger();
  const { id } = useParams();
  const item = ledger.dataItems.find((i) => i.id === id);
  if (item === undefined) return <p>{t('ledger.notFound')}</p>;
  const purposes = ledger.purposes.filter((p) => p.items.includes(item.id));
  const systems = ledger.systems.filter((s) => s.stores.some((st) => st.items.includes(item.id)));
  const rules = ledger.retentionRules.filter((r) => r.items.includes(item.id));
  const recipients = ledger.recipients.filter((r) => r.items.includes(item.id));
  const contractors = ledger.contractors.filter((c) => c.items.includes(item.id));
  const flags = ITEM_FLAGS.filter((flag) => item.flags[flag]);
  return (
    <article>
      <p className="breadcrumbs">
        <Link to="/ledger?section=dataItems">{t('ledger.section.dataItems')}</Link>
      </p>
      <div className="section-head">
        <h2>
          {local(item.name)} <ItemFlagBadges item={item} />
        </h2>
        {hasRole(me, 'administrator', 'privacy-staff') ? (
          <Link className="button" to={`/ledger/items/${item.id}/edit`}>
            {t('ledger.item.edit')}
          </Link>
        ) : null}
      </div>
      <dl className="facts">
        <dt>{t('ledger.field.id')}</dt>
        <dd>
          <code>{item.id}</code>
        </dd>
        <dt>{t('ledger.item.name')}</dt>
        <dd>
          <span lang="ja">{item.name.ja}</span> / <span lang="en">{item.name.en}</span>
        </dd>
        {item.description ? (
          <>
            <dt>{t('ledger.item.description')}</dt>
            <dd>{local(item.description)}</dd>
          </>
        ) : null}
        <dt>{t('ledger.item.flags')}</dt>
        <dd>{flags.map((flag) => t(`ledger.flag.${flag}` as MessageKey)).join(t('ledger.listSeparator')) || '—'}</dd>
        <dt>{t('ledger.item.sensitiveKinds')}</dt>
        <dd>
          {item.sensitiveKinds.map((k) => t(`ledger.sensitive.${k}` as MessageKey)).join(t('ledger.listSeparator')) ||
            '—'}
        </dd>
        <dt>{t('ledger.item.categories')}</dt>
        <dd>
          <NameList ids={item.categories} nameOf={(c) => nameOf('subjectCategories', c)} max={20} />
        </dd>
        <dt>{t('ledger.item.acquisition')}</dt>
        <dd>
          {item.acquisition.length === 0 ? (
            '—'
          ) : (
            <ul className="plain">
              {item.acquisition.map((a, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: acquisition entries have no id and never reorder here
                <li key={index}>
                  {t(`ledger.acquisition.${a.method}` as MessageKey)}
                  {a.source ? `: ${local(a.source)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <h3>{t('ledger.related.purposes')}</h3>
      {purposes.length > 0 ? <PurposeTable purposes={purposes} /> : <p>{t('ledger.browse.none')}</p>}
      <h3>{t('ledger.related.systems')}</h3>
      {systems.length > 0 ? <SystemTable systems={systems} /> : <p>{t('ledger.browse.none')}</p>}
      <h3>{t('ledger.related.retention')}</h3>
      {rules.length > 0 ? <RetentionTable rules={rules} /> : <p>{t('ledger.browse.none')}</p>}
      <h3>{t('ledger.related.recipients')}</h3>
      {recipients.length > 0 ? <RecipientTable recipients={recipients} /> : <p>{t('ledger.browse.none')}</p>}
      <h3>{t('ledger.related.contractors')}</h3>
      {contractors.length > 0 ? <ContractorTable contractors={contractors} /> : <p>{t('ledger.browse.none')}</p>}
    </article>
  );
}
