/** What a consent (or objection) covers; absent fields mean "any". */
export interface ConsentScope {
  readonly purpose?: string;
  readonly recipient?: string;
  readonly country?: string;
  /** Items the consent covers; absent: every item the purpose or recipient declares. */
  readonly items?: readonly string[];
}

export type ConsentStatus = 'given' | 'withdrawn' | 'refused';

/** A person's consent, withdrawal or refusal, with what they were shown (OT-1) and how it was obtained. */
export interface ConsentRecord {
  readonly id: string;
  readonly subjectId: string;
  readonly status: ConsentStatus;
  readonly scope: ConsentScope;
  readonly method: 'web' | 'paper' | 'email' | 'verbal' | 'api' | 'privacy-center';
  /** The notice or information version shown before consent (OT-1 needs it for overseas transfers). */
  readonly informationVersion?: string;
  readonly recordedBy: string;
  readonly at: Date;
}

/** A stop the person asked for (RQ-6): use for a purpose, or provision to a recipient; absent target = all. */
export interface Suspension {
  readonly id: string;
  readonly subjectId: string;
  readonly kind: 'use' | 'provision';
  readonly purpose?: string;
  readonly recipient?: string;
  readonly requestId?: string;
  readonly since: Date;
  readonly liftedAt?: Date;
}

/** Everything about one person the decision engine needs besides the ledger. */
export interface SubjectState {
  readonly consents: readonly ConsentRecord[];
  readonly suspensions: readonly Suspension[];
}

export const EMPTY_SUBJECT_STATE: SubjectState = { consents: [], suspensions: [] };
