import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { NameList } from './item-badges.tsx';
import { useLedger } from './ledger-context.tsx';
import { Table } from './ledger-table.tsx';
import type { Contractor, LedgerSystem, Recipient, RetentionRule } from './ledger-types.ts';

export function SystemTable({ systems }: { readonly systems: readonly LedgerSystem[] }) {
  const { t } = useI18n();
  const { local, nameOf } = useLedger();
  return (
    <Table
      caption={t('ledger.section.systems')}
      head={[t('ledger.col.system'), t('ledger.col.stores'), t('ledger.col.items'), t('ledger.col.contractor')]}
    >
      {systems.map((s) => (
        <tr key={s.id}>
          <td>
            <Link to={`/ledger?section=dataItems&system=${s.id}`}>{local(s.name)}</Link>
            {s.provider ? <div className="hint">{local(s.provider)}</div> : null}
          </td>
          <td>
            <ul className="plain">
              {s.stores.map((store) => (
                <li key={store.id}>
                  {local(store.name) || store.id}:{' '}
                  <strong>{(store.countries ?? []).join(', ') || t('ledger.countryUnknown')}</strong>
                  {store.region ? ` (${store.region})` : ''}
                  {(store.countries ?? []).some((country) => country !== 'JP') ? (
                    <span className="badge warn">{t('ledger.overseas')}</span>
                  ) : null}
                  {store.locationNotGuaranteed ? (
                    <span className="badge warn">{t('ledger.locationNotGuaranteed')}</span>
                  ) : null}
                  {store.encryptionAtRest ? <span className="badge ok">{t('ledger.encrypted')}</span> : null}
                </li>
              ))}
            </ul>
          </td>
          <td>{t('ledger.itemCount', { count: new Set(s.stores.flatMap((store) => store.items)).size })}</td>
          <td>{s.contractor ? nameOf('contractors', s.contractor) : '—'}</td>
        </tr>
      ))}
    </Table>
  );
}

/** "5 years", "3 months after…" — a period in the console's language. */
function usePeriod() {
  const { t } = useI18n();
  const { local } = useLedger();
  return (rule: RetentionRule) => {
    if (rule.period) {
      const parts = [
        rule.period.years ? t('ledger.period.years', { n: rule.period.years }) : '',
        rule.period.months ? t('ledger.period.months', { n: rule.period.months }) : '',
        rule.period.days ? t('ledger.period.days', { n: rule.period.days }) : '',
      ].filter(Boolean);
      return parts.join(' ');
    }
    if (rule.statutory) return t('ledger.period.statutory', { record: rule.statutory });
    return local(rule.periodDescription);
  };
}

export function RetentionTable({ rules }: { readonly rules: readonly RetentionRule[] }) {
  const { t } = useI18n();
  const { local, nameOf } = useLedger();
  const period = usePeriod();
  return (
    <Table
      caption={t('ledger.section.retentionRules')}
      head={[
        t('ledger.col.rule'),
        t('ledger.col.items'),
        t('ledger.col.trigger'),
        t('ledger.col.period'),
        t('ledger.col.disposal'),
      ]}
    >
      {rules.map((r) => (
        <tr key={r.id}>
          <td>
            {local(r.name) || r.id}
            <div className="hint">
              <code>{r.id}</code>
            </div>
          </td>
          <td>
            <NameList ids={r.items} nameOf={(id) => nameOf('dataItems', id)} max={3} />
          </td>
          <td>{t(`ledger.trigger.${r.trigger}` as MessageKey)}</td>
          <td>{period(r)}</td>
          <td>{t(`ledger.disposal.${r.disposal ?? 'delete'}` as MessageKey)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function RecipientTable({ recipients }: { readonly recipients: readonly Recipient[] }) {
  const { t } = useI18n();
  const { local, nameOf } = useLedger();
  return (
    <Table
      caption={t('ledger.section.recipients')}
      head={[
        t('ledger.col.recipient'),
        t('ledger.col.country'),
        t('ledger.col.basis'),
        t('ledger.col.items'),
        t('ledger.col.status'),
      ]}
    >
      {recipients.map((r) => (
        <tr key={r.id}>
          <td>
            {local(r.name)}
            <div className="hint">
              <code>{r.id}</code>
            </div>
          </td>
          <td>{r.country ?? 'JP'}</td>
          <td>{r.basis ? t(`ledger.provisionBasis.${r.basis}` as MessageKey) : '—'}</td>
          <td>
            <NameList ids={r.items} nameOf={(id) => nameOf('dataItems', id)} max={3} />
          </td>
          <td>
            {r.status === 'suspended' ? (
              <span className="badge danger">{t('ledger.status.suspended')}</span>
            ) : (
              <span className="badge ok">{t('ledger.status.active')}</span>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}

export function ContractorTable({ contractors }: { readonly contractors: readonly Contractor[] }) {
  const { t, date } = useI18n();
  const { local, nameOf } = useLedger();
  return (
    <Table
      caption={t('ledger.section.contractors')}
      head={[
        t('ledger.col.contractor'),
        t('ledger.col.country'),
        t('ledger.col.scope'),
        t('ledger.col.items'),
        t('ledger.col.nextReview'),
      ]}
    >
      {contractors.map((c) => (
        <tr key={c.id}>
          <td>
            {local(c.name)}
            <div className="hint">
              <code>{c.id}</code>
            </div>
          </td>
          <td>{c.country ?? 'JP'}</td>
          <td>{local(c.scope)}</td>
          <td>
            <NameList ids={c.items} nameOf={(id) => nameOf('dataItems', id)} max={3} />
          </td>
          <td>{date(c.supervision?.nextReviewBy)}</td>
        </tr>
      ))}
    </Table>
  );
}
