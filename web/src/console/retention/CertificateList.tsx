import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { ScrollTable } from '../people/ScrollTable.tsx';
import { LoadError } from './LoadError.tsx';
import type { Certificate, Items } from './types.ts';

export function VerificationBadge({ ok }: { readonly ok: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${ok ? 'ok' : 'danger'}`} data-testid="certificate-verified">
      {t(ok ? 'retention.cert.verified' : 'retention.cert.notVerified')}
    </span>
  );
}

/** Disposal certificates (runs' and contractors'), newest first. */
export function CertificateList() {
  const { t, dateTime, number } = useI18n();
  const list = useApi<Items<Certificate>>('/api/v1/retention/certificates?limit=200');
  if (list.data === undefined) return <LoadError loaded={list} />;
  if (list.data.items.length === 0) return <p className="card">{t('retention.certs.empty')}</p>;
  return (
    <ScrollTable label={t('retention.certs.caption')}>
      <table className="rq-table rt-table" data-testid="certificates-table">
        <caption className="rq-sr-only">{t('retention.certs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retention.col.issued')}</th>
            <th scope="col">{t('retention.col.kind')}</th>
            <th scope="col">{t('retention.col.status')}</th>
            <th scope="col" className="num">
              {t('retention.col.disposed')}
            </th>
            <th scope="col">{t('retention.col.verification')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data.items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/retention/certificates/${c.id}`}>{dateTime(c.finishedAt)}</Link>
              </th>
              <td>{t(`retention.cert.kind.${c.kind}` as MessageKey)}</td>
              <td>{t(`retention.cert.status.${c.status}` as MessageKey)}</td>
              <td className="num">{number(c.totals.disposed)}</td>
              <td>
                <VerificationBadge ok={c.verification.ok} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
