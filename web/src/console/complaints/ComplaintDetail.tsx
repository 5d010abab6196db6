import { type FormEvent, Fragment, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../shared/api.ts';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { Check } from '../forms/Check.tsx';
import { SubmitRow, TextAreaField } from '../forms/inputs.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { ErrorSummary } from '../incidents/ErrorSummary.tsx';
import { useLedger, useUserNames } from '../ledger/ledger-context.tsx';
import { hasRole, useSession } from '../session.tsx';
import { ComplaintStatusBadge } from './ComplaintBadges.tsx';
import type { ComplaintRecord } from './types.ts';

/** One complaint or consultation: what was received, its links, the response deadline, the answer given. */
export function ComplaintDetail() {
  const { t, date, dateTime } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const { me } = useSession();
  const { nameOf } = useLedger();
  const userName = useUserNames();
  const one = useApi<ComplaintRecord>(`/api/v1/complaints/${encodeURIComponent(id)}`);
  const complaint = one.data;
  if (one.error !== undefined) {
    const missing = one.error instanceof ApiError && one.error.status === 404;
    return (
      <>
        <p>
          <Link to="/complaints">{t('complaints.back')}</Link>
        </p>
        <p className="error" role="alert">
          {missing ? t('complaints.notFound') : t('common.error', { message: String(one.error) })}
        </p>
      </>
    );
  }
  if (complaint === undefined) return <p>{t('common.loading')}</p>;
  const recorded = (location.state as { recorded?: boolean } | null)?.recorded === true;
  const canAnswer = hasRole(me, 'administrator', 'privacy-staff', 'request-handler') && complaint.status !== 'closed';
  return (
    <>
      <p>
        <Link to="/complaints">{t('complaints.back')}</Link>
      </p>
      <h1>{t(`complaints.kind.${complaint.kind}` as MessageKey)}</h1>
      <p className="rq-status-line">
        <ComplaintStatusBadge status={complaint.status} />
      </p>
      {recorded ? (
        <p className="notice-ok" role="status">
          {t('complaints.recorded')}
        </p>
      ) : null}
      <section className="card" aria-labelledby="cmp-facts-title" data-testid="complaint-facts">
        <h2 id="cmp-facts-title">{t('complaints.detail.facts')}</h2>
        <dl className="rq-facts">
          <dt>{t('complaints.field.operator')}</dt>
          <dd>{nameOf('operators', complaint.operator)}</dd>
          <dt>{t('complaints.field.channel')}</dt>
          <dd>{t(`complaints.channel.${complaint.channel}` as MessageKey)}</dd>
          <dt>{t('complaints.field.receivedAt')}</dt>
          <dd>{dateTime(complaint.receivedAt)}</dd>
          <dt>{t('complaints.col.respondBy')}</dt>
          <dd data-testid="respond-by">
            {date(complaint.respondBy)}{' '}
            {complaint.status === 'overdue' ? <span className="badge overdue">{t('requests.due.overdue')}</span> : null}
          </dd>
          <dt>{t('complaints.field.summary')}</dt>
          <dd className="inc-wrap">{complaint.summary}</dd>
          <dt>{t('complaints.field.subjectId')}</dt>
          <dd>
            {complaint.subjectId ? (
              <Link to={`/people?subject=${encodeURIComponent(complaint.subjectId)}`}>{complaint.subjectId}</Link>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('complaints.field.requestIds')}</dt>
          <dd>
            <Links ids={complaint.requestIds} to={(r) => `/requests/${r}`} />
          </dd>
          <dt>{t('complaints.field.incidentIds')}</dt>
          <dd data-testid="complaint-incidents">
            <IncidentLinks ids={complaint.incidentIds} />
          </dd>
          <dt>{t('complaints.detail.recordedBy')}</dt>
          <dd>{userName(complaint.recordedBy)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="cmp-answer-title" data-testid="complaint-answer">
        <h2 id="cmp-answer-title">{t('complaints.answer.title')}</h2>
        {complaint.response !== undefined ? (
          <>
            <p className="inc-wrap" data-testid="complaint-response">
              {complaint.response}
            </p>
            <p className="hint">
              {t('complaints.answer.at', { at: dateTime(complaint.respondedAt) })}
              {complaint.respondedAt !== undefined && complaint.respondedAt > complaint.respondBy
                ? ` · ${t('complaints.answer.late')}`
                : ''}
              {complaint.closedAt ? ` · ${t('complaints.answer.closedAt', { at: dateTime(complaint.closedAt) })}` : ''}
            </p>
          </>
        ) : (
          <p>{t('complaints.answer.none')}</p>
        )}
        {canAnswer ? <RespondForm complaint={complaint} onDone={one.reload} /> : null}
      </section>
    </>
  );
}

function Links({ ids, to }: { readonly ids: readonly string[]; readonly to: (id: string) => string }) {
  if (ids.length === 0) return <>—</>;
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? ', ' : null}
          <Link to={to(id)}>{id}</Link>
        </Fragment>
      ))}
    </>
  );
}

/** Incidents by title where this account may read them (by id otherwise). */
function IncidentLinks({ ids }: { readonly ids: readonly string[] }) {
  const incidents = useApi<{ items: { id: string; title: string }[] }>(
    ids.length > 0 ? '/api/v1/incidents' : undefined,
  );
  if (ids.length === 0) return <>—</>;
  const title = (id: string) => incidents.data?.items.find((i) => i.id === id)?.title ?? id;
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? ', ' : null}
          <Link to={`/incidents/${id}`}>{title(id)}</Link>
        </Fragment>
      ))}
    </>
  );
}

function RespondForm({ complaint, onDone }: { readonly complaint: ComplaintRecord; readonly onDone: () => void }) {
  const { t } = useI18n();
  const [response, setResponse] = useState(complaint.response ?? '');
  const [close, setClose] = useState(false);
  const action = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const path = `/api/v1/complaints/${encodeURIComponent(complaint.id)}/respond`;
    if (await action.run('POST', path, { response, close })) onDone();
  };
  const fields = { response: { id: 'cmp-response', label: t('complaints.answer.response') } };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('complaints.answer.record')}>
      <ErrorSummary error={action.error} fields={fields} />
      <TextAreaField
        id="cmp-response"
        label={fields.response.label}
        field="response"
        error={action.error}
        hint={t('complaints.hint.summary')}
        value={response}
        onChange={setResponse}
      />
      <Check id="cmp-close" label={t('complaints.answer.close')} checked={close} onChange={setClose} />
      <SubmitRow busy={action.busy} label={t('complaints.answer.record')} />
    </form>
  );
}
