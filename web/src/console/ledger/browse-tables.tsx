import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { filterLedger, Section } from './browse-filter.ts';
import { ContractorTable, RecipientTable, RetentionTable, SystemTable } from './browse-tables-more.tsx';
import { ItemFlagBadges, NameList } from './item-badges.tsx';
import { useLedger } from './ledger-context.tsx';
import { Table } from './ledger-table.tsx';
import type { DataItem, Operator, Purpose, SubjectCategory } from './ledger-types.ts';

type Results = ReturnType<typeof filterLedger>;

export function SectionTable({ section, results }: { readonly section: Section; readonly results: Results }) {
  const { t } = useI18n();
  if (results[section].length === 0) return <p>{t('ledger.browse.none')}</p>;
  switch (section) {
    case 'purposes':
      return <PurposeTable purposes={results.purposes} />;
    case 'dataItems':
      return <ItemTable items={results.dataItems} />;
    case 'subjectCategories':
      return <CategoryTable categories={results.subjectCategories} />;
    case 'operators':
      return <OperatorTable operators={results.operators} />;
    case 'systems':
      return <SystemTable systems={results.systems} />;
    case 'retentionRules':
      return <RetentionTable rules={results.retentionRules} />;
    case 'recipients':
      return <RecipientTable recipients={results.recipients} />;
    case 'contractors':
      return <ContractorTable contractors={results.contractors} />;
  }
}

export function PurposeTable({ purposes }: { readonly purposes: readonly Purpose[] }) {
  const { t } = useI18n();
  const { ledger, local, nameOf } = useLedger();
  const items = new Map(ledger.dataItems.map((i) => [i.id, i]));
  return (
    <Table
      caption={t('ledger.section.purposes')}
      head={[
        t('ledger.col.purpose'),
        t('ledger.col.categories'),
        t('ledger.col.items'),
        t('ledger.col.consent'),
        t('ledger.col.operators'),
      ]}
    >
      {purposes.map((p) => {
        const flagged = {
          specialCare: p.items.some((id) => items.get(id)?.flags.specialCare),
          myNumber: p.items.some((id) => items.get(id)?.flags.myNumber),
          financial: p.items.some((id) => items.get(id)?.flags.financial),
        };
        return (
          <tr key={p.id}>
            <td>
              <Link to={`/ledger/purposes/${p.id}`}>{local(p.text)}</Link>
              <div className="hint">
                <code>{p.id}</code>
              </div>
            </td>
            <td>
              <NameList ids={p.categories} nameOf={(id) => nameOf('subjectCategories', id)} max={3} />
            </td>
            <td>
              {t('ledger.itemCount', { count: p.items.length })}{' '}
              <ItemFlagBadges item={{ flags: flagged } as DataItem} />
            </td>
            <td className="min-4">{t(`ledger.consent.${p.consent}` as MessageKey)}</td>
            <td>
              <NameList ids={p.operators} nameOf={(id) => nameOf('operators', id)} empty={t('ledger.wholeGroup')} />
            </td>
          </tr>
        );
      })}
    </Table>
  );
}

function ItemTable({ items }: { readonly items: readonly DataItem[] }) {
  const { t } = useI18n();
  const { ledger, local, nameOf } = useLedger();
  return (
    <Table
      caption={t('ledger.section.dataItems')}
      head={[t('ledger.col.item'), t('ledger.col.flags'), t('ledger.col.categories'), t('ledger.col.usedBy')]}
    >
      {items.map((item) => (
        <tr key={item.id}>
          <td>
            <Link to={`/ledger/items/${item.id}`}>{local(item.name)}</Link>
            <div className="hint">
              <code>{item.id}</code>
            </div>
          </td>
          <td>
            <ItemFlagBadges item={item} />
            {item.sensitiveKinds.length > 0 ? (
              <div className="hint">
                {item.sensitiveKinds
                  .map((k) => t(`ledger.sensitive.${k}` as MessageKey))
                  .join(t('ledger.listSeparator'))}
              </div>
            ) : null}
          </td>
          <td>
            <NameList ids={item.categories} nameOf={(id) => nameOf('subjectCategories', id)} max={3} />
          </td>
          <td>
            {t('ledger.purposeCount', { count: ledger.purposes.filter((p) => p.items.includes(item.id)).length })}
          </td>
        </tr>
      ))}
    </Table>
  );
}

function CategoryTable({ categories }: { readonly categories: readonly SubjectCategory[] }) {
  const { t } = useI18n();
  const { ledger, local, nameOf } = useLedger();
  return (
    <Table
      caption={t('ledger.section.subjectCategories')}
      head={[
        t('ledger.col.category'),
        t('ledger.col.role'),
        t('ledger.col.operators'),
        t('ledger.col.items'),
        t('ledger.col.usedBy'),
      ]}
    >
      {categories.map((c) => (
        <tr key={c.id}>
          <td>
            <Link to={`/ledger?section=purposes&category=${c.id}`}>{local(c.name)}</Link>
            {c.description ? <div className="hint">{local(c.description)}</div> : null}
          </td>
          <td>{t(c.role === 'processor' ? 'ledger.role.processor' : 'ledger.role.controller')}</td>
          <td>
            <NameList ids={c.operators} nameOf={(id) => nameOf('operators', id)} empty={t('ledger.wholeGroup')} />
          </td>
          <td>
            {t('ledger.itemCount', { count: ledger.dataItems.filter((i) => i.categories.includes(c.id)).length })}
          </td>
          <td>
            {t('ledger.purposeCount', { count: ledger.purposes.filter((p) => p.categories.includes(c.id)).length })}
          </td>
        </tr>
      ))}
    </Table>
  );
}

function OperatorTable({ operators }: { readonly operators: readonly Operator[] }) {
  const { t } = useI18n();
  const { ledger, local, nameOf } = useLedger();
  return (
    <Table
      caption={t('ledger.section.operators')}
      head={[t('ledger.col.operator'), t('ledger.col.groupRole'), t('ledger.col.business'), t('ledger.col.usedBy')]}
    >
      {operators.map((o) => (
        <tr key={o.id}>
          <td>
            <Link to={`/ledger?section=purposes&operator=${o.id}`}>{local(o.name)}</Link>
            <div className="hint">
              <code>{o.id}</code>
            </div>
          </td>
          <td>
            {t(`ledger.groupRole.${o.groupRole ?? 'standalone'}` as MessageKey)}
            {o.parent ? (
              <div className="hint">{t('ledger.parent', { name: nameOf('operators', o.parent) })}</div>
            ) : null}
          </td>
          <td>
            {(o.businessLines ?? [])
              .map((b) => t(`ledger.business.${b}` as MessageKey))
              .join(t('ledger.listSeparator')) || '—'}
          </td>
          <td>
            {t('ledger.purposeCount', {
              count: ledger.purposes.filter(
                (p) => !p.operators || p.operators.length === 0 || p.operators.includes(o.id),
              ).length,
            })}
          </td>
        </tr>
      ))}
    </Table>
  );
}
