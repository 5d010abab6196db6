import { Link, useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { hasRole, useSession } from '../session.tsx';
import { ContractorTable, RecipientTable, SystemTable } from './browse-tables-more.tsx';
import { ItemFlagBadges, NameList } from './item-badges.tsx';
import { useLedger } from './ledger-context.tsx';

/** One purpose: what it says in both languages, whom and what it covers, its legal basis, and where its data goes. */
export function PurposeView() {
  const { t } = useI18n();
  const { me } = useSession();
  const { ledger, local, nameOf } = useLedger();
  const { id } = useParams();
  const purpose = ledger.purposes.find((p) => p.id === id);
  if (purpose === undefined) return <p>{t('ledger.notFound')}</p>;
  const items = new Map(ledger.dataItems.map((i) => [i.id, i]));
  const itemSet = new Set(purpose.items);
  const systems = ledger.systems.filter((s) => s.stores.some((st) => st.items.some((i) => itemSet.has(i))));
  const recipients = ledger.recipients.filter((r) => (r.purposes ?? []).includes(purpose.id));
  const contractors = ledger.contractors.filter((c) => (c.purposes ?? []).includes(purpose.id));
  return (
    <article>
      <p className="breadcrumbs">
        <Link to="/ledger">{t('ledger.section.purposes')}</Link>
      </p>
      <div className="section-head">
        <h2>{local(purpose.text)}</h2>
        {hasRole(me, 'administrator', 'privacy-staff') ? (
          <Link className="button" to={`/ledger/purposes/${purpose.id}/edit`}>
            {t('ledger.purpose.edit')}
          </Link>
        ) : null}
      </div>
      <dl className="facts">
        <dt>{t('ledger.field.id')}</dt>
        <dd>
          <code>{purpose.id}</code>
        </dd>
        <dt>{t('ledger.field.ja')}</dt>
        <dd lang="ja">{purpose.text.ja}</dd>
        <dt>{t('ledger.field.en')}</dt>
        <dd lang="en">{purpose.text.en}</dd>
        <dt>{t('ledger.purpose.categories')}</dt>
        <dd>
          <NameList ids={purpose.categories} nameOf={(c) => nameOf('subjectCategories', c)} max={20} />
        </dd>
        <dt>{t('ledger.purpose.consent')}</dt>
        <dd>{t(`ledger.consent.${purpose.consent}` as MessageKey)}</dd>
        <dt>{t('ledger.purpose.basis')}</dt>
        <dd>
          {purpose.specialCareBasis
            ? t(`ledger.basis.${purpose.specialCareBasis.kind}` as MessageKey)
            : t('ledger.basis.none')}
          {purpose.specialCareBasis?.law ? ` — ${local(purpose.specialCareBasis.law)}` : ''}
        </dd>
        <dt>{t('ledger.purpose.tags')}</dt>
        <dd>
          {purpose.tags.map((tag) => t(`ledger.tag.${tag}` as MessageKey)).join(t('ledger.listSeparator')) || '—'}
        </dd>
        <dt>{t('ledger.purpose.operators')}</dt>
        <dd>
          <NameList
            ids={purpose.operators}
            nameOf={(o) => nameOf('operators', o)}
            max={20}
            empty={t('ledger.wholeGroup')}
          />
        </dd>
        <dt>{t('ledger.purpose.added')}</dt>
        <dd>{purpose.addedAfterCollection ? t('ledger.yes') : t('ledger.no')}</dd>
        {purpose.publishedNote ? (
          <>
            <dt>{t('ledger.purpose.publishedNote')}</dt>
            <dd>{local(purpose.publishedNote)}</dd>
          </>
        ) : null}
        {purpose.note ? (
          <>
            <dt>{t('ledger.purpose.note')}</dt>
            <dd>{local(purpose.note)}</dd>
          </>
        ) : null}
      </dl>
      <h3>{t('ledger.purpose.items')}</h3>
      <ul className="item-list">
        {purpose.items.map((itemId) => (
          <li key={itemId}>
            <Link to={`/ledger/items/${itemId}`}>{nameOf('dataItems', itemId)}</Link>{' '}
            <ItemFlagBadges item={items.get(itemId)} />
          </li>
        ))}
      </ul>
      <h3>{t('ledger.related.systems')}</h3>
      {systems.length > 0 ? <SystemTable systems={systems} /> : <p>{t('ledger.browse.none')}</p>}
      <h3>{t('ledger.related.recipients')}</h3>
      {recipients.length > 0 ? <RecipientTable recipients={recipients} /> : <p>{t('ledger.browse.none')}</p>}
      <h3>{t('ledger.related.contractors')}</h3>
      {contractors.length > 0 ? <ContractorTable contractors={contractors} /> : <p>{t('ledger.browse.none')}</p>}
    </article>
  );
}
