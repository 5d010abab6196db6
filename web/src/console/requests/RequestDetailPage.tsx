import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api.ts';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { DueBadge, StatusBadge } from './badges.tsx';
import { ResponsePreview, SearchResults } from './PackageView.tsx';
import { ActorName, Deliveries, Documents, Timeline } from './RequestRecords.tsx';
import { StepPanel } from './StepPanel.tsx';
import type { RequestDetail, StaffRequest } from './types.ts';
import { useProcedures } from './use-procedures.ts';

/** One request: what was asked, the next step, what the search found, the reply's preview, documents, timeline. */
export function RequestDetailPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const detail = useApi<RequestDetail>(`/api/v1/requests/${encodeURIComponent(id)}`);
  const procedures = useProcedures();
  if (detail.error !== undefined) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <>
        <p>
          <Link to="/requests">{t('requests.detail.back')}</Link>
        </p>
        <p className="error" role="alert">
          {missing ? t('requests.detail.notFound') : t('common.error', { message: String(detail.error) })}
        </p>
      </>
    );
  }
  if (detail.data === undefined) return <p>{t('common.loading')}</p>;
  const { request, documents } = detail.data;
  const procedure = procedures.get(request.operator);
  const files = new Set(documents.filter((d) => d.kind === 'response').map((d) => d.fileName));
  const searched = files.has('package.json');
  // The newest letter's upload time, so the preview re-reads after the reply is prepared again.
  const letterVersion = documents.filter((d) => d.fileName === 'letter.pdf').at(-1)?.uploadedAt ?? '';
  // An executed request's reply says what was done: a letter from before the execution does not count.
  const executedAt = request.execution?.finishedAt;
  const prepared = files.has('letter.pdf') && (executedAt === undefined || letterVersion >= executedAt);
  return (
    <>
      <p>
        <Link to="/requests">{t('requests.detail.back')}</Link>
      </p>
      <h1 className="rq-title">
        <span>{t(`requests.type.${request.type}` as MessageKey)}</span>{' '}
        <span className="rq-code" data-testid="detail-tracking-code">
          {request.trackingCode}
        </span>
      </h1>
      <p className="rq-status-line">
        <StatusBadge status={request.status} /> <DueBadge request={request} />
      </p>
      <Summary request={request} operatorName={procedure?.name[locale] ?? request.operator} />
      <StepPanel detail={detail.data} procedure={procedure} prepared={prepared} onDone={detail.reload} />
      {prepared ? <ResponsePreview requestId={request.id} version={letterVersion} /> : null}
      {searched ? <SearchResults requestId={request.id} /> : null}
      <Documents requestId={request.id} documents={documents} />
      <Deliveries deliveries={detail.data.deliveries} />
      <Timeline events={detail.data.timeline} />
    </>
  );
}

function Summary({ request, operatorName }: { readonly request: StaffRequest; readonly operatorName: string }) {
  const { t, date, yen } = useI18n();
  const identity = request.requester.identity ?? {};
  const contact = request.requester.contact ?? {};
  const people: [MessageKey, string | undefined][] = [
    ['requests.summary.verifiedBy', request.identityVerifiedBy],
    ['requests.summary.reviewedBy', request.reviewedBy],
    ['requests.summary.approvedBy', request.approvedBy],
  ];
  return (
    <section className="card req-card" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('requests.summary.title')}</h2>
      <dl className="rq-facts">
        <dt>{t('requests.summary.due')}</dt>
        <dd>{date(request.dueAt)}</dd>
        <dt>{t('requests.summary.received')}</dt>
        <dd>
          {date(request.receivedAt)} · {t(`requests.channel.${request.channel}` as MessageKey)}
        </dd>
        <dt>{t('requests.summary.operator')}</dt>
        <dd>{operatorName}</dd>
        <dt>{t('requests.summary.requester')}</dt>
        <dd>
          {request.requester.kind === 'agent'
            ? t('requests.summary.agent', {
                kind: t(`privacyRequest.agent.${request.requester.agentKind ?? 'attorney'}` as MessageKey),
              })
            : t('requests.summary.self')}
        </dd>
        <dt>{t('requests.summary.identity')}</dt>
        <dd data-testid="identity">
          {Object.entries(identity)
            .filter(([k]) => k !== 'kind')
            .map(([, v]) => v)
            .join(' · ')}
        </dd>
        <dt>{t('requests.summary.reply')}</dt>
        <dd>
          {t(request.replyMethod === 'electronic' ? 'requests.reply.electronic' : 'requests.reply.paper')}
          {contact.email ? ` · ${contact.email}` : ''}
          {contact.postalAddress ? ` · ${contact.postalAddress}` : ''}
        </dd>
        <dt>{t('requests.summary.fee')}</dt>
        <dd data-testid="fee-status">
          {request.fee.amount === 0
            ? t('requests.fee.none')
            : `${yen(request.fee.amount)} · ${t(request.fee.paid ? 'requests.fee.paid' : 'requests.fee.unpaid')}${
                !request.fee.paid && request.fee.deadline
                  ? ` · ${t('requests.fee.by', { date: date(request.fee.deadline) })}`
                  : ''
              }`}
        </dd>
        {request.details.ground ? (
          <>
            <dt>{t('requests.summary.ground')}</dt>
            <dd>{t(`privacyRequest.ground.${request.details.ground}` as MessageKey)}</dd>
          </>
        ) : null}
        {request.details.note ? (
          <>
            <dt>{t('requests.summary.note')}</dt>
            <dd className="rq-note">{request.details.note}</dd>
          </>
        ) : null}
        {people.map(([label, who]) =>
          who ? (
            <Fragment key={label}>
              <dt>{t(label)}</dt>
              <dd>
                <ActorName id={who} />
              </dd>
            </Fragment>
          ) : null,
        )}
        {request.refusal ? (
          <>
            <dt>{t('requests.summary.refusal')}</dt>
            <dd>
              {t(`requests.ground.${request.refusal.ground}` as MessageKey)}: {request.refusal.reason}
            </dd>
          </>
        ) : null}
        {request.duplicateOf ? (
          <>
            <dt>{t('requests.summary.duplicate')}</dt>
            <dd>
              <Link to={`/requests/${request.duplicateOf}`}>{t('requests.summary.duplicateLink')}</Link>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
