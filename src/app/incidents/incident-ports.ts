import type { IncidentClassification } from '../../core/incidents/classify-incident.ts';
import type { IncidentFacts } from '../../core/incidents/incident.ts';
import type { ReportItems, ReportKind } from '../../core/incidents/report-items.ts';

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

/** BR-11: a notice sent to one person (by subject id), or a substitute measure (announcement plus enquiry contact). */
export interface IncidentNotification {
  readonly id: string;
  readonly incidentId: string;
  readonly kind: 'dispatch' | 'substitute';
  readonly subjectId?: string;
  readonly channel?: 'letter' | 'email';
  /** Substitute measure: where it was announced and how people enquire; dispatch: an optional note. */
  readonly description: string;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

export interface IncidentRepository {
  create(incident: Incident): Promise<void>;
  /** Replaces the mutable fields (facts, classification, texts, status, submissions). */
  update(incident: Incident): Promise<void>;
  get(id: string): Promise<Incident | undefined>;
  /** Newest discovery first; `operators` limits to those operators (undefined: all). */
  list(filter: { readonly operators?: readonly string[]; readonly status?: 'open' | 'closed' }): Promise<Incident[]>;
  /** Stores the next version number of that kind for the incident and returns it. */
  addReportVersion(version: Omit<IncidentReportVersion, 'version'>): Promise<IncidentReportVersion>;
  /** Oldest first; one kind or all. */
  reportVersions(incidentId: string, kind?: ReportKind): Promise<IncidentReportVersion[]>;
  addAction(action: CorrectiveAction): Promise<void>;
  /** Closes an open action; false when it is not open (or not of that incident). */
  closeAction(incidentId: string, actionId: string, by: string, at: Date): Promise<boolean>;
  actions(incidentId: string): Promise<CorrectiveAction[]>;
  addNotification(notification: IncidentNotification): Promise<void>;
  notifications(incidentId: string): Promise<IncidentNotification[]>;
}
