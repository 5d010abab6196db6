import type { IncidentClassification } from '../../core/incidents/classify-incident.ts';
import type { IncidentFacts } from '../../core/incidents/incident.ts';
import type { ReportItems, ReportKind } from '../../core/incidents/report-items.ts';
import type { EvidenceEvent } from '../evidence-log.ts';

/** A recorded incident: what is known of it, and how Mamori classified it (recomputed on every change of facts). */
export interface Incident {
  readonly id: string;
  readonly operator: string;
  readonly title: string;
  /** What happened (internal; no personal data values). */
  readonly description: string;
  /** The department that learned of it first (BR-8). */
  readonly discoveredBy: string;
  /** Systems involved, by ledger id. */
  readonly systems: readonly string[];
  readonly facts: IncidentFacts;
  readonly classification: IncidentClassification;
  readonly status: 'open' | 'closed';
  /** When each report was filed (a filed report's deadline is met). */
  readonly submitted: Readonly<Partial<Record<ReportKind, Date>>>;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** One kept version of a report draft (BR-11: every version is kept). */
export interface IncidentReportVersion {
  readonly incidentId: string;
  readonly kind: ReportKind;
  readonly version: number;
  readonly items: ReportItems;
  readonly author: string;
  readonly createdAt: Date;
}

export interface CorrectiveAction {
  readonly id: string;
  readonly incidentId: string;
  readonly description: string;
  readonly owner: string;
  /** Date only, YYYY-MM-DD. */
  readonly dueDate: string;
  readonly status: 'open' | 'closed';
  readonly createdAt: Date;
  readonly closedAt?: Date;
  readonly closedBy?: string;
}

/**
 * BR-11: a notice sent to one person (by subject id) by letter or e-mail, or a substitute measure (announcement
 * plus enquiry contact); BR-10: the client told by a contractor.
 */
export interface IncidentNotification {
  readonly id: string;
  readonly incidentId: string;
  readonly kind: 'dispatch' | 'substitute' | 'client';
  readonly subjectId?: string;
  readonly channel?: 'letter' | 'email' | 'phone' | 'other';
  /** Substitute measure: where it was announced and how people enquire; dispatch: an optional note. */
  readonly description: string;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

/** A per-person BR-11 letter (PDF), sealed at rest when a sealer is configured. */
export interface IncidentLetter {
  readonly notificationId: string;
  readonly incidentId: string;
  readonly lang: 'ja' | 'en';
  readonly content: Uint8Array;
  readonly encrypted: boolean;
  readonly createdAt: Date;
}

/**
 * Incidents and what was done about them. Every change takes the evidence entries that record it: they are appended
 * to the evidence log in the same transaction as the change (none: the change alone).
 */
export interface IncidentRepository {
  create(incident: Incident, evidence?: readonly EvidenceEvent[]): Promise<void>;
  /** Replaces the mutable fields (facts, classification, texts, status, submissions). */
  update(incident: Incident, evidence?: readonly EvidenceEvent[]): Promise<void>;
  get(id: string): Promise<Incident | undefined>;
  /** Newest discovery first; `operators` limits to those operators (undefined: all). */
  list(filter: { readonly operators?: readonly string[]; readonly status?: 'open' | 'closed' }): Promise<Incident[]>;
  /** Stores the next version number of that kind for the incident and returns it; `evidence` gets that number. */
  addReportVersion(
    version: Omit<IncidentReportVersion, 'version'>,
    evidence?: (version: number) => readonly EvidenceEvent[],
  ): Promise<IncidentReportVersion>;
  /** Oldest first; one kind or all. */
  reportVersions(incidentId: string, kind?: ReportKind): Promise<IncidentReportVersion[]>;
  addAction(action: CorrectiveAction, evidence?: readonly EvidenceEvent[]): Promise<void>;
  /** Closes an open action; false when it is not open (or not of that incident), and then records nothing. */
  closeAction(
    incidentId: string,
    actionId: string,
    by: string,
    at: Date,
    evidence?: readonly EvidenceEvent[],
  ): Promise<boolean>;
  actions(incidentId: string): Promise<CorrectiveAction[]>;
  /**
   * Records a notification with its evidence, in one transaction with what goes with it: the person's letter, or
   * the incident as changed by it (BR-10: the client told).
   */
  addNotification(
    notification: IncidentNotification,
    evidence?: readonly EvidenceEvent[],
    also?: { readonly letter?: IncidentLetter; readonly incident?: Incident },
  ): Promise<void>;
  notifications(incidentId: string): Promise<IncidentNotification[]>;
  letter(notificationId: string): Promise<IncidentLetter | undefined>;
}
