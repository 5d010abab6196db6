import type { EvidenceEvent } from '../../src/app/evidence-log.ts';

const REASONS = ['PURPOSE_ALLOWED', 'CONSENT_GIVEN', 'ITEM_IN_PURPOSE', 'RETENTION_OK'];
const ITEMS = ['name', 'department', 'employee-number', 'salary', 'bank-account', 'my-number'];

/** A realistic decision entry (~300 bytes of payload): ids, item names and reason codes only. */
export function benchEvent(n: number): EvidenceEvent {
  return {
    type: 'decision',
    actor: `svc-payroll-${n % 7}`,
    subject: `emp-${(n * 7919) % 50_000}`,
    at: new Date(Date.UTC(2026, 3, 1) + n),
    payload: {
      action: 'use',
      purpose: 'payroll-calculation',
      operator: 'acme-hr',
      items: ITEMS.slice(0, 2 + (n % 4)),
      allowed: n % 11 !== 0,
      reasons: REASONS.slice(0, 1 + (n % 4)),
      ledgerVersion: 3,
      request: `req-${n}`,
    },
  };
}

export const benchEvents = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => benchEvent(from + i));
