import type { ConsentRecord, Suspension } from '../core/consent/consent-record.ts';

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** Consents, withdrawals and refusals; records are never changed, a withdrawal is a new record. */
export interface ConsentRepository {
  record(consent: ConsentRecord): Promise<void>;
  /** Oldest first. */
  listForSubject(subjectId: string): Promise<readonly ConsentRecord[]>;
  /** `listForSubject` for many people in one read: every asked id is a key (an empty list if none). */
  listForSubjects(subjectIds: readonly string[]): Promise<ReadonlyMap<string, readonly ConsentRecord[]>>;
  /** Newest first, optionally filtered. */
  list(
    filter: {
      readonly subjectId?: string;
      readonly purpose?: string;
      readonly recipient?: string;
      readonly status?: string;
      readonly since?: Date;
      /** Operator scoping: only consents naming no purpose or one of these purposes. */
      readonly visiblePurposes?: readonly string[];
    },
    page: Page,
  ): Promise<{ items: readonly ConsentRecord[]; total: number }>;
}

/** Suspensions of use or provision asked for by a person (RQ-6); lifting keeps the record. */
export interface SuspensionRepository {
  add(suspension: Suspension): Promise<void>;
  lift(id: string, at: Date): Promise<boolean>;
  listForSubject(subjectId: string): Promise<readonly Suspension[]>;
  /** `listForSubject` for many people in one read: every asked id is a key (an empty list if none). */
  listForSubjects(subjectIds: readonly string[]): Promise<ReadonlyMap<string, readonly Suspension[]>>;
}

/** Provider's record of a provision to a third party (Art. 29, RC-3); bulk records cover repeats (RC-2). */
export interface ProvisionRecord {
  readonly id: string;
  readonly operator: string;
  readonly recipient: string;
  readonly subjectId: string;
  readonly items: readonly string[];
  readonly basis: 'consent' | 'opt-out';
  readonly consentId?: string;
  readonly bulk: boolean;
  readonly firstProvidedAt: Date;
  readonly lastProvidedAt: Date;
  readonly count: number;
  /** RC-5: three years from creation, or from the last provision for a bulk record. */
  readonly retainUntil: Date;
}

/** Receiving side's confirmation and record (Art. 30, RC-4). */
export interface ReceiptRecord {
  readonly id: string;
  readonly operator: string;
  readonly provider: { readonly name: string; readonly address: string; readonly representative: string };
  /** How the provider obtained the data, as it was confirmed. */
  readonly providerAcquisition: string;
  readonly subjectId: string;
  readonly items: readonly string[];
  readonly consentId?: string;
  readonly receivedAt: Date;
  readonly checkedBy: string;
  readonly retainUntil: Date;
}

export interface ProvisionRepository {
  /** Records a provision; a bulk provision updates the person's existing bulk record with that recipient. */
  recordProvision(
    input: Omit<ProvisionRecord, 'firstProvidedAt' | 'lastProvidedAt' | 'count' | 'retainUntil'> & {
      readonly at: Date;
    },
  ): Promise<ProvisionRecord>;
  listForSubject(subjectId: string): Promise<readonly ProvisionRecord[]>;
  list(
    filter: {
      readonly recipient?: string;
      readonly subjectId?: string;
      /** Operator scoping: only records of these operators. */
      readonly operators?: readonly string[];
    },
    page: Page,
  ): Promise<{ items: readonly ProvisionRecord[]; total: number }>;
  recordReceipt(receipt: ReceiptRecord): Promise<void>;
  listReceiptsForSubject(subjectId: string): Promise<readonly ReceiptRecord[]>;
}
