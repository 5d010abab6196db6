import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { FINAL, type StaffRequest, type Status } from './types.ts';

const TONE: Partial<Record<Status, string>> = {
  refused: 'danger',
  'closed-not-made': 'warn',
  closed: 'ok',
  'response-sent': 'ok',
};

/** A request's status as a badge (closed and sent ones green, refused red). */
export function StatusBadge({ status }: { readonly status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${TONE[status] ?? ''}`} data-testid="status-badge">
      {t(`requests.status.${status}` as MessageKey)}
    </span>
  );
}

/** Overdue or due soon, for requests whose reply is still owed; nothing otherwise. */
export function DueBadge({ request }: { readonly request: Pick<StaffRequest, 'deadline' | 'status'> }) {
  const { t } = useI18n();
  if (FINAL.includes(request.status) || request.status === 'response-sent' || request.deadline === 'on-track') {
    return null;
  }
  return (
    <span className={`badge ${request.deadline === 'overdue' ? 'overdue' : 'warn'}`}>
      {t(request.deadline === 'overdue' ? 'requests.due.overdue' : 'requests.due.soon')}
    </span>
  );
}
