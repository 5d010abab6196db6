import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { PublicStatus } from './procedures.ts';

/** Where a request stands, in the person's words: status, dates, fee, and what to do or wait for next. */
export function StatusDetails({ status }: { readonly status: PublicStatus }) {
  const { t, date, yen } = useI18n();
  const done = ['closed', 'refused', 'closed-not-made', 'response-sent'].includes(status.status);
  return (
    <div className="pc-status" data-testid="request-status">
      <p className="pc-status-line">
        <span className={`badge ${done ? 'ok' : ''}`} data-testid="status-label">
          {t(`privacyRequest.status.${status.status}` as MessageKey)}
        </span>
      </p>
      <p data-testid="next-step">
        {t(`privacyRequest.next.${status.next.code}` as MessageKey, {
          amount: yen(status.fee.amount),
          deadline: date(status.fee.deadline),
          due: date(status.dueAt),
        })}
      </p>
      <dl className="pc-facts">
        <dt>{t('privacyRequest.facts.type')}</dt>
        <dd>{t(`privacyRequest.type.${status.type}` as MessageKey)}</dd>
        <dt>{t('privacyRequest.facts.received')}</dt>
        <dd>{date(status.receivedAt)}</dd>
        <dt>{t('privacyRequest.facts.due')}</dt>
        <dd>{date(status.dueAt)}</dd>
        {status.closedAt ? (
          <>
            <dt>{t('privacyRequest.facts.closed')}</dt>
            <dd>{date(status.closedAt)}</dd>
          </>
        ) : null}
        <dt>{t('privacyRequest.facts.fee')}</dt>
        <dd>
          {status.fee.amount === 0
            ? t('privacyRequest.fee.none')
            : `${yen(status.fee.amount)} · ${t(status.fee.paid ? 'privacyRequest.facts.paid' : 'privacyRequest.facts.unpaid')}`}
          {status.fee.amount > 0 && !status.fee.paid && status.fee.deadline
            ? ` · ${t('privacyRequest.facts.payBy', { date: date(status.fee.deadline) })}`
            : ''}
        </dd>
      </dl>
    </div>
  );
}
