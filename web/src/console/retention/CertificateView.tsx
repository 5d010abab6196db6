import { Link, useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { VerificationBadge } from './CertificateList.tsx';
import { HoldRowsList } from './HoldRowsList.tsx';
import { LoadError } from './LoadError.tsx';
import { useRetentionNames } from './names.ts';
import { TargetTable } from './TargetTable.tsx';
import type { Certificate } from './types.ts';

/** One certificate: what, how many, which rule, when, by whom, the verification, its PDF and evidence entry. */
export function CertificateView() {
  const { id = '' } = useParams();
  const { t, dateTime, date, number } = useI18n();
  const userName = useUserNames();
  const names = useRetentionNames();
  const path = `/api/v1/retention/certificates/${encodeURIComponent(id)}`;
  const cert = useApi<Certificate>(path);
  if (cert.data === undefined) return <LoadError loaded={cert} />;
  const c = cert.data;
  return (
    <section aria-labelledby="cert-title" data-testid="certificate-view">
      <h2 id="cert-title">
        {t('retention.cert.title')} <VerificationBadge ok={c.verification.ok} />
      </h2>
      <p className="actions">
        <a className="button" href={`${path}?format=pdf`} data-testid="certificate-pdf" target="_blank" rel="noopener">
          {t('retention.cert.pdf')}
        </a>
        {c.contractor ? (
          <a className="button secondary" href={`${path}/document`} data-testid="certificate-document">
            {t('retention.cert.document', { name: c.contractor.document.fileName })}
          </a>
        ) : null}
      </p>
      <dl className="rq-facts">
        <dt>{t('retention.cert.id')}</dt>
        <dd>
          <code>{c.id}</code>
        </dd>
        <dt>{t('retention.col.kind')}</dt>
        <dd>
          {t(`retention.cert.kind.${c.kind}` as MessageKey)} · {t(`retention.cert.status.${c.status}` as MessageKey)}
        </dd>
        <dt>{t('retention.cert.when')}</dt>
        <dd>
          {dateTime(c.startedAt)} – {dateTime(c.finishedAt)} ({t('retention.cert.asOf', { date: date(c.asOf) })})
        </dd>
        <dt>{t('retention.cert.requestedBy')}</dt>
        <dd>{userName(c.requestedBy)}</dd>
        <dt>{t('retention.cert.executedBy')}</dt>
        <dd>{c.kind === 'contractor' ? names.contractor(c.executedBy) : <code>{c.executedBy}</code>}</dd>
        <dt>{t('retention.cert.howMany')}</dt>
        <dd data-testid="certificate-totals">
          {t('retention.cert.totals', {
            disposed: number(c.totals.disposed),
            planned: number(c.totals.planned),
            held: number(c.totals.held),
            remaining: number(c.totals.remaining),
          })}
        </dd>
        <dt>{t('retention.cert.verification')}</dt>
        <dd>
          {t(`retention.cert.method.${c.verification.method}` as MessageKey)} ({dateTime(c.verification.checkedAt)})
        </dd>
        <dt>{t('retention.cert.ledgerVersion')}</dt>
        <dd>{c.ledgerVersion}</dd>
        {c.evidence ? (
          <>
            <dt>{t('retention.cert.evidence')}</dt>
            <dd>
              <Link to={`/evidence?type=disposal&subject=${encodeURIComponent(c.id)}`}>#{c.evidence.seq}</Link>{' '}
              <code className="rt-hash">{c.evidence.hash}</code>
            </dd>
          </>
        ) : null}
        <dt>{t('retention.cert.digests')}</dt>
        <dd>
          <code className="rt-hash">{c.bodySha256}</code> / <code className="rt-hash">{c.pdfSha256}</code>
        </dd>
      </dl>
      {c.contractor ? (
        <dl className="rq-facts" data-testid="certificate-contractor">
          <dt>{t('retention.cd.contractor')}</dt>
          <dd>{names.contractor(c.contractor.contractor)}</dd>
          <dt>{t('retention.col.rule')}</dt>
          <dd>{names.rule(c.contractor.rule)}</dd>
          {c.contractor.system ? (
            <>
              <dt>{t('retention.cd.system')}</dt>
              <dd>{names.system(c.contractor.system)}</dd>
            </>
          ) : null}
          <dt>{t('retention.cd.disposedOn')}</dt>
          <dd>{date(c.contractor.disposedOn)}</dd>
          <dt>{t('retention.cd.method')}</dt>
          <dd>{c.contractor.method}</dd>
          <dt>{t('retention.cd.sha256')}</dt>
          <dd>
            <code className="rt-hash">{c.contractor.document.sha256}</code>
          </dd>
        </dl>
      ) : null}
      {c.targets.length > 0 ? (
        <TargetTable
          label={t('retention.cert.targets')}
          lastColumn="retention.col.remaining"
          rows={c.targets.map((target) => ({ ...target, state: target.status, last: target.remaining }))}
        />
      ) : null}
      {c.holds.length > 0 ? (
        <>
          <h3>{t('retention.cert.holds')}</h3>
          <HoldRowsList holds={c.holds} />
        </>
      ) : null}
      <p>
        <Link to="/retention/certificates">{t('retention.certs.back')}</Link>
      </p>
    </section>
  );
}
