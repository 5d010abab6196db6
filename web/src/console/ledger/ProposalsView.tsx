import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiError, api } from '../../shared/api.ts';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { hasRole, useSession } from '../session.tsx';
import { ChangeList } from './ChangeList.tsx';
import { useLedger, useUserNames } from './ledger-context.tsx';
import { Table } from './ledger-table.tsx';
import type { Proposal, ProposalSummary } from './ledger-types.ts';

const STATUSES = ['pending', 'approved', 'rejected'] as const;
const STATUS_BADGE = { pending: 'badge warn', approved: 'badge ok', rejected: 'badge danger' } as const;

export function StatusBadge({ status }: { readonly status: ProposalSummary['status'] }) {
  const { t } = useI18n();
  return <span className={STATUS_BADGE[status]}>{t(`ledger.proposal.status.${status}` as MessageKey)}</span>;
}

/** Proposals by status (pending first), each with who proposed it, why, and what became of it. */
export function ProposalList() {
  const { t, dateTime } = useI18n();
  const nameOf = useUserNames();
  const [params] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'pending';
  const list = useApi<{ items: ProposalSummary[]; total: number }>(
    `/api/v1/ledger/proposals?status=${status}&limit=100`,
  );
  return (
    <>
      <h2>{t('ledger.proposals.title')}</h2>
      <nav className="tab-links" aria-label={t('ledger.proposals.byStatus')}>
        {STATUSES.map((s) => (
          <Link key={s} to={`?status=${s}`} aria-current={s === status ? 'page' : undefined}>
            {t(`ledger.proposal.status.${s}` as MessageKey)}
          </Link>
        ))}
      </nav>
      {list.error ? (
        <p className="error" role="alert">
          {t('common.error', { message: list.error instanceof Error ? list.error.message : String(list.error) })}
        </p>
      ) : list.data === undefined ? (
        <p>{t('common.loading')}</p>
      ) : list.data.items.length === 0 ? (
        <p>{t('ledger.proposals.none')}</p>
      ) : (
        <Table
          caption={t('ledger.proposals.title')}
          head={[
            t('ledger.col.proposedAt'),
            t('ledger.col.proposedBy'),
            t('ledger.col.reason'),
            t('ledger.col.base'),
            t('ledger.col.status'),
          ]}
        >
          {list.data.items.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/ledger/proposals/${p.id}`}>{dateTime(p.proposedAt)}</Link>
              </td>
              <td>{nameOf(p.proposedBy)}</td>
              <td>{p.comment}</td>
              <td>{p.baseVersion === undefined ? '—' : t('ledger.versionN', { n: p.baseVersion })}</td>
              <td>
                <StatusBadge status={p.status} />
                {p.decidedBy ? (
                  <div className="hint">
                    {nameOf(p.decidedBy)} · {dateTime(p.decidedAt)}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

type Decision = { readonly kind: 'approved'; readonly version: number } | { readonly kind: 'rejected' };

/** One proposal: what approving it would change, and approve/reject for administrators (never one's own). */
export function ProposalView() {
  const { t, locale, dateTime } = useI18n();
  const { me } = useSession();
  const { reload } = useLedger();
  const nameOf = useUserNames();
  const { id = '' } = useParams();
  const location = useLocation();
  const proposal = useApi<Proposal>(`/api/v1/ledger/proposals/${encodeURIComponent(id)}?lang=${locale}`);
  const [decision, setDecision] = useState<Decision | undefined>();
  const [refusal, setRefusal] = useState<{ message: string; own: boolean } | undefined>();
  const [approveComment, setApproveComment] = useState('');
  const [rejectComment, setRejectComment] = useState('');
  const [rejectError, setRejectError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  if (proposal.error) {
    return (
      <p className="error" role="alert">
        {t('common.error', {
          message: proposal.error instanceof Error ? proposal.error.message : String(proposal.error),
        })}
      </p>
    );
  }
  const p = proposal.data;
  if (p === undefined) return <p>{t('common.loading')}</p>;
  const own = p.proposedBy === me.account.id;
  const admin = hasRole(me, 'administrator');

  async function decide(kind: 'approve' | 'reject', event: FormEvent) {
    event.preventDefault();
    setRefusal(undefined);
    setRejectError(undefined);
    if (kind === 'reject' && rejectComment.trim() === '') {
      setRejectError(t('ledger.proposal.rejectReasonRequired'));
      document.getElementById('reject-comment')?.focus();
      return;
    }
    setBusy(true);
    try {
      const comment = (kind === 'approve' ? approveComment : rejectComment).trim();
      const answer = await api<{ version?: { number: number } }>(
        'POST',
        `/api/v1/ledger/proposals/${encodeURIComponent(id)}/${kind}`,
        {
          body: comment ? { comment } : {},
        },
      );
      setDecision(
        kind === 'approve' ? { kind: 'approved', version: answer.version?.number ?? 0 } : { kind: 'rejected' },
      );
      reload();
      proposal.reload();
    } catch (error) {
      const message = error instanceof ApiError ? `${error.message} (${error.code})` : String(error);
      setRefusal({ message, own: own && error instanceof ApiError && error.status === 409 });
    } finally {
      setBusy(false);
    }
  }

  return (
    <article>
      <p className="breadcrumbs">
        <Link to="/ledger/proposals">{t('ledger.proposals.title')}</Link>
      </p>
      <h2>
        {t('ledger.proposal.title')} <StatusBadge status={p.status} />
      </h2>
      {(location.state as { proposed?: boolean } | null)?.proposed && p.status === 'pending' ? (
        <p className="notice-ok" role="status">
          {t('ledger.proposal.proposedNotice')}
        </p>
      ) : null}
      {decision?.kind === 'approved' ? (
        <p className="notice-ok" role="status">
          {t('ledger.proposal.approvedNotice', { n: decision.version })}{' '}
          <Link to={`/ledger/history/diff?from=${decision.version - 1}&to=${decision.version}`}>
            {t('ledger.history.showDiff')}
          </Link>
        </p>
      ) : decision?.kind === 'rejected' ? (
        <p className="notice-ok" role="status">
          {t('ledger.proposal.rejectedNotice')}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('ledger.col.reason')}</dt>
        <dd>{p.comment}</dd>
        <dt>{t('ledger.col.proposedBy')}</dt>
        <dd>
          {nameOf(p.proposedBy)} · {dateTime(p.proposedAt)}
        </dd>
        <dt>{t('ledger.col.base')}</dt>
        <dd>{p.baseVersion === undefined ? '—' : t('ledger.versionN', { n: p.baseVersion })}</dd>
        {p.decidedBy ? (
          <>
            <dt>{t('ledger.col.decidedBy')}</dt>
            <dd>
              {nameOf(p.decidedBy)} · {dateTime(p.decidedAt)}
              {p.decisionComment ? ` — ${p.decisionComment}` : ''}
            </dd>
          </>
        ) : null}
        {p.version !== undefined ? (
          <>
            <dt>{t('ledger.col.storedAs')}</dt>
            <dd>
              <Link to={`/ledger/history/diff?from=${p.version - 1}&to=${p.version}`}>
                {t('ledger.versionN', { n: p.version })}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{t('ledger.proposal.changes')}</h3>
      <ChangeList changes={p.changes} />
      {p.status === 'pending' ? (
        admin ? (
          <section className="card decision" aria-labelledby="decide-title">
            <h3 id="decide-title">{t('ledger.proposal.decide')}</h3>
            {own ? <p className="notice-warn">{t('ledger.proposal.ownHint')}</p> : null}
            {refusal ? (
              <div className="error-summary" role="alert">
                <p>{refusal.own ? t('ledger.proposal.ownRefused') : t('ledger.proposal.refusedTitle')}</p>
                <p className="hint">{t('ledger.proposal.refused', { message: refusal.message })}</p>
              </div>
            ) : null}
            <div className="decision-forms">
              <form onSubmit={(e) => void decide('approve', e)}>
                <div className="field">
                  <label htmlFor="approve-comment">{t('ledger.proposal.approveComment')}</label>
                  <textarea
                    id="approve-comment"
                    rows={2}
                    value={approveComment}
                    onChange={(e) => setApproveComment(e.target.value)}
                  />
                </div>
                <button type="submit" disabled={busy}>
                  {t('ledger.proposal.approve')}
                </button>
              </form>
              <form onSubmit={(e) => void decide('reject', e)}>
                <div className="field">
                  <label htmlFor="reject-comment">{t('ledger.proposal.rejectComment')}</label>
                  {rejectError ? (
                    <p className="field-error" id="reject-comment-error">
                      {rejectError}
                    </p>
                  ) : null}
                  <textarea
                    id="reject-comment"
                    rows={2}
                    value={rejectComment}
                    onChange={(e) => setRejectComment(e.target.value)}
                    aria-invalid={rejectError ? true : undefined}
                    aria-describedby={rejectError ? 'reject-comment-error' : undefined}
                  />
                </div>
                <button type="submit" className="danger" disabled={busy}>
                  {t('ledger.proposal.reject')}
                </button>
              </form>
            </div>
          </section>
        ) : (
          <p className="hint">{t('ledger.proposal.adminDecides')}</p>
        )
      ) : null}
    </article>
  );
}
