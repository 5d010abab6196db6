/** The management system's operational records (complaints desk, contractor reviews, audits, training). */
export const MANAGEMENT_KINDS = [
  'complaint',
  'contractor-review',
  'contractor-suspension',
  'internal-audit',
  'course',
  'training-assignment',
  'training-completion',
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
  /** Inserts all records in one transaction (an id clash fails them all with CONFLICT). */
  insert(records: readonly ManagementRecord[]): Promise<void>;
  get(kind: ManagementKind, id: string): Promise<ManagementRecord | undefined>;
  /** Oldest first. */
  list(
    kind: ManagementKind,
    filter?: { readonly operator?: string; readonly ref?: string },
  ): Promise<ManagementRecord[]>;
  /** Replaces the body if it is still `expected` (compare-and-set); false when someone changed it first. */
  update(kind: ManagementKind, id: string, expected: object, body: object): Promise<boolean>;
  /** How many records of these kinds exist (append-only kinds: a cheap revision number). */
  count(kinds: readonly ManagementKind[]): Promise<number>;
}
