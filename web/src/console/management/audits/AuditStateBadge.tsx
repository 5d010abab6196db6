import { type MessageKey, useI18n } from '../../../shared/i18n.tsx';
import { auditState } from '../audit-state.ts';
import type { InternalAudit } from '../types.ts';

const TONE = { planned: '', 'in-progress': 'warn', 'ready-to-close': 'ok', closed: 'ok' } as const;

/** Where an audit stands: planned, findings being worked on, ready to close, closed. */
export function AuditStateBadge({ audit }: { readonly audit: InternalAudit }) {
  const { t } = useI18n();
  const state = auditState(audit);
  return <span className={`badge ${TONE[state]}`}>{t(`mgmt.audits.state.${state}` as MessageKey)}</span>;
}
