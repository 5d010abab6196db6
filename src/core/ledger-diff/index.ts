export { describeChange, describeChange as describe } from './describe-change.ts';
export { diffLedgers } from './diff-ledgers.ts';
export type { ChangeOf, LedgerChange, LedgerChangeKind, Ref, Severity } from './ledger-change.ts';
