/** Kinds of event the evidence log records. */
export const EVIDENCE_TYPES = [
  'decision',
  'consent',
  'suspension',
  'provision',
  'receipt',
  'read',
  'export',
  'ledger-version',
  'request',
  'disposal',
  'archival',
  // why: refused calls (IP allow-list) are recorded as evidence of attempted access (issue 4).
  'access-denied',
  // why: logins, sessions, accounts and API tokens are evidence too (issue 4, authentication).
  'auth',
  // why: incidents, their classification, report versions and notices are evidence (issue 7, BR-11).
  'incident',
  // why: complaints, contractor reviews, audits, training, ledger and management reviews are PMS records (issue 7).
  'management',
  // why: publishing the privacy notice decides what people are told; who published which version is evidence.
  'notice',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
