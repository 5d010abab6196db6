import type { EvidenceEvent } from './evidence-log.ts';

/** The management system's operational records (complaints desk, contractor reviews, audits, training). */
export const MANAGEMENT_KINDS = [
  'complaint',
  'contractor-review',
  'contractor-suspension',
  'internal-audit',
  'course',
  'training-assignment',
  'training-completion',
  // Issue 7, second part: breach rules per operator, the yearly ledger review (PM-1), management reviews (PM-3).
  'breach-rules',
  'ledger-review',
  'management-review',
  // Training reminders mailed to absentees: one per person and Japanese day (staff ids only, never the address).
  'training-reminder',
  // A lifted contractor suspension: appended (never an update), so the policy holder's record count sees the lift.
  'contractor-suspension-lift',
] as const;
export type ManagementKind = (typeof MANAGEMENT_KINDS)[number];

/** One record: its body is the domain object (validated by the use case that reads it). */
export interface ManagementRecord {
  readonly id: string;
  readonly kind: ManagementKind;
  /** The operator it belongs to (undefined: group-wide, e.g. a contractor's review). */
  readonly operator?: string;
  /** What it is about: a contractor id, a course id. */
  readonly ref?: string;
  readonly recordedAt: Date;
  readonly body: object;
}

export interface ManagementRecordRepository {
  /**
   * Inserts all records in one transaction (an id clash fails them all with CONFLICT); `evidence` entries are
   * appended to the evidence log in that same transaction.
   */
  insert(records: readonly ManagementRecord[], evidence?: readonly EvidenceEvent[]): Promise<void>;
  get(kind: ManagementKind, id: string): Promise<ManagementRecord | undefined>;
  /** Oldest first. */
  list(
    kind: ManagementKind,
    filter?: { readonly operator?: string; readonly ref?: string },
  ): Promise<ManagementRecord[]>;
  /**
   * Replaces the body if it is still `expected` (compare-and-set); false when someone changed it first (then no
   * `evidence` is recorded either; otherwise it is appended in the same transaction).
   */
  update(
    kind: ManagementKind,
    id: string,
    expected: object,
    body: object,
    evidence?: readonly EvidenceEvent[],
  ): Promise<boolean>;
  /** How many records of these kinds exist (append-only kinds: a cheap revision number). */
  count(kinds: readonly ManagementKind[]): Promise<number>;
}
