import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { ComplaintStatus } from './types.ts';

const TONE: Record<ComplaintStatus, string> = { open: '', overdue: 'overdue', responded: 'ok', closed: 'ok' };

export function ComplaintStatusBadge({ status }: { readonly status: ComplaintStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${TONE[status]}`} data-testid="complaint-status">
      {t(`complaints.status.${status}` as MessageKey)}
    </span>
  );
}
