import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useActorNames } from '../notice/use-actor-names.ts';
import { hasRole, useSession } from '../session.tsx';
import { ScrollTable } from './ScrollTable.tsx';
import type { Consent, ConsentState, EvidencePage, Records } from './types.ts';
import { type Names, useNames } from './use-names.ts';

const scopeKey = (c: Consent) =>
  [c.scope.purpose ?? '', c.scope.recipient ?? '', c.scope.country ?? '', (c.scope.items ?? []).join(',')].join('|');

/** Everything Mamori holds about one subject id's say: consents, suspensions, provision records, decisions. */
export function PersonRecords({ subjectId }: { readonly subjectId: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const names = useNames();
  const id = encodeURIComponent(subjectId);
  const state = useApi<ConsentState>(`/api/v1/subjects/${id}/consent-state`);
  const records = useApi<Records>(`/api/v1/subjects/${id}/provisions`);
  const readsEvidence = hasRole(me, 'administrator', 'auditor');
  const decisions = useApi<EvidencePage>(
    readsEvidence ? `/api/v1/evidence?type=decision&subject=${id}&limit=100` : undefined,
  );
  const failed = state.error ?? records.error;
  if (failed !== undefined) {
    return (
      <p className="error" role="alert">
        {t('common.error', { message: failed instanceof Error ? failed.message : String(failed) })}
      </p>
    );
  }
  if (state.data === undefined || records.data === undefined) return <p>{t('common.loading')}</p>;
  const { consents, suspensions } = state.data;
  const { provisions, receipts } = records.data;
  const empty = consents.length + suspensions.length + provisions.length + receipts.length === 0;
  const latest = new Map<string, Consent>();
  for (const c of consents) {
    const previous = latest.get(scopeKey(c));
    if (previous === undefined || previous.at <= c.at) latest.set(scopeKey(c), c);
  }
  return (
    <section aria-labelledby="ppl-subject" data-testid="person-records">
      <h2 id="ppl-subject">{t('people.subject', { id: subjectId })}</h2>
      {empty ? <p>{t('people.nothing')}</p> : null}
      {latest.size > 0 ? (
        <section className="card" aria-labelledby="ppl-now">
          <h3 id="ppl-now">{t('people.now')}</h3>
          <p className="hint">{t('people.nowHint')}</p>
          <ul className="ppl-now">
            {[...latest.values()].map((c) => (
              <li key={c.id}>
                <StatusBadge status={c.status} /> <Scope consent={c} names={names} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ConsentTable consents={consents} names={names} />
      <h3>{t('people.suspensions')}</h3>
      {suspensions.length === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <ScrollTable label={t('people.suspensions')}>
          <table data-testid="suspensions">
            <thead>
              <tr>
                <th scope="col">{t('people.col.kind')}</th>
                <th scope="col">{t('people.col.target')}</th>
                <th scope="col">{t('people.col.since')}</th>
                <th scope="col">{t('people.col.lifted')}</th>
                <th scope="col">{t('people.col.request')}</th>
              </tr>
            </thead>
            <tbody>
              {suspensions.map((s) => (
                <Suspended key={s.id} suspension={s} names={names} />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <h3>{t('people.provisions')}</h3>
      {provisions.length === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <ScrollTable label={t('people.provisions')}>
          <table data-testid="provisions">
            <thead>
              <tr>
                <th scope="col">{t('people.col.recipient')}</th>
                <th scope="col">{t('people.col.operator')}</th>
                <th scope="col">{t('people.col.items')}</th>
                <th scope="col">{t('people.col.basis')}</th>
                <th scope="col">{t('people.col.provided')}</th>
                <th scope="col">{t('people.col.count')}</th>
                <th scope="col">{t('people.col.retainUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {provisions.map((p) => (
                <ProvisionRow key={p.id} record={p} names={names} />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {receipts.length > 0 ? (
        <>
          <h3>{t('people.receipts')}</h3>
          <ReceiptTable records={records.data} names={names} />
        </>
      ) : null}
      <h3>{t('people.decisions')}</h3>
      {!readsEvidence ? (
        <p className="hint">{t('people.decisionsHidden')}</p>
      ) : decisions.data === undefined ? (
        <p>{decisions.error ? t('common.error', { message: String(decisions.error) }) : t('common.loading')}</p>
      ) : decisions.data.items.length === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <DecisionTable page={decisions.data} names={names} />
      )}
    </section>
  );
}

function StatusBadge({ status }: { readonly status: Consent['status'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${status === 'given' ? 'ok' : 'danger'}`}>
      {t(`people.status.${status}` as MessageKey)}
    </span>
  );
}

function Scope({ consent, names }: { readonly consent: Consent; readonly names: Names }) {
  const { t } = useI18n();
  const parts = [
    consent.scope.purpose ? t('people.scope.purpose', { id: names.purpose(consent.scope.purpose) }) : undefined,
    consent.scope.recipient ? t('people.scope.recipient', { id: names.recipient(consent.scope.recipient) }) : undefined,
    consent.scope.country ? t('people.scope.country', { id: consent.scope.country }) : undefined,
    consent.scope.items
      ? t('people.scope.items', { items: consent.scope.items.map(names.item).join(', ') })
      : undefined,
  ].filter((p): p is string => p !== undefined);
  return <span className="ppl-scope">{parts.join(' · ')}</span>;
}

function ConsentTable({ consents, names }: { readonly consents: readonly Consent[]; readonly names: Names }) {
  const { t, dateTime } = useI18n();
  const actorName = useActorNames();
  return (
    <>
      <h3>{t('people.consents')}</h3>
      {consents.length === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <ScrollTable label={t('people.consents')}>
          <table data-testid="consents">
            <thead>
              <tr>
                <th scope="col">{t('people.col.when')}</th>
                <th scope="col">{t('people.col.status')}</th>
                <th scope="col">{t('people.col.scope')}</th>
                <th scope="col">{t('people.col.method')}</th>
                <th scope="col">{t('people.col.information')}</th>
                <th scope="col">{t('people.col.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {[...consents].reverse().map((c) => (
                <tr key={c.id}>
                  <td className="ppl-nowrap">{dateTime(c.at)}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>
                    <Scope consent={c} names={names} />
                  </td>
                  <td className="ppl-nowrap">{t(`people.method.${c.method}` as MessageKey)}</td>
                  <td>
                    <code>{c.informationVersion ?? '—'}</code>
                  </td>
                  <td className="ppl-break">{actorName(c.recordedBy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}

function Suspended({
  suspension: s,
  names,
}: {
  readonly suspension: ConsentState['suspensions'][number];
  readonly names: Names;
}) {
  const { t, dateTime } = useI18n();
  const target = s.purpose ? names.purpose(s.purpose) : s.recipient ? names.recipient(s.recipient) : t('people.all');
  return (
    <tr>
      <td>{t(`people.kind.${s.kind}` as MessageKey)}</td>
      <td>{target}</td>
      <td className="ppl-nowrap">{dateTime(s.since)}</td>
      <td>{s.liftedAt ? dateTime(s.liftedAt) : <span className="badge warn">{t('people.active')}</span>}</td>
      <td>{s.requestId ? <Link to={`/requests/${encodeURIComponent(s.requestId)}`}>{s.requestId}</Link> : '—'}</td>
    </tr>
  );
}

function ProvisionRow({ record: p, names }: { readonly record: Records['provisions'][number]; readonly names: Names }) {
  const { t, date } = useI18n();
  return (
    <tr>
      <td>{names.recipient(p.recipient)}</td>
      <td>{p.operator}</td>
      <td>{p.items.map(names.item).join(', ')}</td>
      <td>
        {t(`people.basis.${p.basis}` as MessageKey)}
        {p.bulk ? <span className="badge ppl-badge">{t('people.bulk')}</span> : null}
      </td>
      <td className="ppl-nowrap">
        {date(p.firstProvidedAt)}
        {p.lastProvidedAt !== p.firstProvidedAt ? ` – ${date(p.lastProvidedAt)}` : ''}
      </td>
      <td>{p.count}</td>
      <td className="ppl-nowrap">{date(p.retainUntil)}</td>
    </tr>
  );
}

function ReceiptTable({ records, names }: { readonly records: Records; readonly names: Names }) {
  const { t, date } = useI18n();
  return (
    <ScrollTable label={t('people.receipts')}>
      <table data-testid="receipts">
        <thead>
          <tr>
            <th scope="col">{t('people.col.provider')}</th>
            <th scope="col">{t('people.col.operator')}</th>
            <th scope="col">{t('people.col.items')}</th>
            <th scope="col">{t('people.col.received')}</th>
            <th scope="col">{t('people.col.retainUntil')}</th>
          </tr>
        </thead>
        <tbody>
          {records.receipts.map((r) => (
            <tr key={r.id}>
              <td>{r.provider.name}</td>
              <td>{r.operator}</td>
              <td>{r.items.map(names.item).join(', ')}</td>
              <td className="ppl-nowrap">{date(r.receivedAt)}</td>
              <td className="ppl-nowrap">{date(r.retainUntil)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function DecisionTable({ page, names }: { readonly page: EvidencePage; readonly names: Names }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <p className="hint">{t('people.decisionsHint')}</p>
      <ScrollTable label={t('people.decisions')}>
        <table data-testid="decisions">
          <thead>
            <tr>
              <th scope="col">{t('people.col.when')}</th>
              <th scope="col">{t('people.col.decision')}</th>
              <th scope="col">{t('people.col.action')}</th>
              <th scope="col">{t('people.col.purpose')}</th>
              <th scope="col">{t('people.col.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((entry) => (
              <tr key={entry.seq}>
                <td className="ppl-nowrap">{dateTime(entry.at)}</td>
                <td>
                  <span className={`badge ${entry.payload.allowed ? 'ok' : 'danger'}`}>
                    {entry.payload.allowed ? t('people.allowed') : t('people.denied')}
                  </span>
                </td>
                <td>
                  {entry.payload.action ?? '—'}
                  {entry.payload.recipient ? ` → ${names.recipient(entry.payload.recipient)}` : ''}
                </td>
                <td>{entry.payload.purpose ? names.purpose(entry.payload.purpose) : '—'}</td>
                <td className="ppl-break">{(entry.payload.reasons ?? []).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
