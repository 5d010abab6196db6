// The incidents API as the console receives it (src/http/routes/incident-routes.ts, which sends the stored records of
// src/app/incidents/incident-ports.ts with dates as ISO strings). The domain parts are the core's own types, imported
// type-only (nothing of src/ is bundled); the record around them is described here.
import type { BreachGround, IncidentClassification } from '../../../../src/core/incidents/classify-incident.ts';
import type { IncidentCause, IncidentFacts } from '../../../../src/core/incidents/incident.ts';
import type { FormEntry, ReportItems, ReportKind } from '../../../../src/core/incidents/report-items.ts';

export type { BreachGround, IncidentCause, ReportItems, ReportKind };

/** A value as it comes out of JSON.stringify: dates become strings. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? readonly Wire<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Wire<T[K]> }
      : T;

export interface IncidentRecord {
  readonly id: string;
  readonly operator: string;
  readonly title: string;
  readonly description: string;
  readonly discoveredBy: string;
  readonly systems: readonly string[];
  readonly facts: Wire<IncidentFacts>;
  readonly classification: Wire<IncidentClassification>;
  readonly status: 'open' | 'closed';
  /** When each report was filed. */
  readonly submitted: Readonly<Partial<Record<ReportKind, string>>>;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ReportVersion {
  readonly incidentId: string;
  readonly kind: ReportKind;
  readonly version: number;
  readonly items: ReportItems;
  readonly author: string;
  readonly createdAt: string;
}

export interface ActionRecord {
  readonly id: string;
  readonly incidentId: string;
  readonly description: string;
  readonly owner: string;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
  readonly status: 'open' | 'closed';
  readonly createdAt: string;
  readonly closedAt?: string;
  readonly closedBy?: string;
}

export interface NotificationRecord {
  readonly id: string;
  readonly incidentId: string;
  readonly kind: 'dispatch' | 'substitute' | 'client';
  readonly subjectId?: string;
  readonly channel?: 'letter' | 'email' | 'phone' | 'other';
  readonly description: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** GET /api/v1/incidents/{id}: the incident with its report versions (oldest first), actions and notifications. */
export interface IncidentDetail extends IncidentRecord {
  readonly reports: readonly ReportVersion[];
  readonly actions: readonly ActionRecord[];
  readonly notifications: readonly NotificationRecord[];
}

/** GET /api/v1/incidents/{id}/reports/{kind}/{version}: the version with the form's nine entries. */
export interface ReportWithForm extends ReportVersion {
  readonly form: { readonly entries: readonly FormEntry[] };
}

// Every value of the server's unions, checked both ways by the Record types (a new value fails to compile).
const CAUSES: Record<IncidentCause, true> = {
  'unauthorised-access': true,
  'insider-take-out': true,
  'web-skimming': true,
  ransomware: true,
  misdelivery: true,
  loss: true,
  theft: true,
  misconfiguration: true,
  other: true,
};
export const INCIDENT_CAUSES = Object.keys(CAUSES) as IncidentCause[];

const KINDS: Record<ReportKind, true> = { 'ppc-preliminary': true, 'ppc-confirmed': true, 'privacy-mark': true };
export const REPORT_KINDS = Object.keys(KINDS) as ReportKind[];

/** BR-9's nine items in the form's order. */
const ITEMS: Record<keyof ReportItems, number> = {
  summary: 1,
  personalData: 2,
  peopleAffected: 3,
  cause: 4,
  secondaryHarm: 5,
  responseToIndividuals: 6,
  publicAnnouncement: 7,
  recurrencePrevention: 8,
  other: 9,
};
export const REPORT_ITEM_KEYS = (Object.keys(ITEMS) as (keyof ReportItems)[]).sort((a, b) => ITEMS[a] - ITEMS[b]);

export const GROUNDS: readonly BreachGround[] = ['BR-1', 'BR-2', 'BR-3', 'BR-4', 'MN-5'];
