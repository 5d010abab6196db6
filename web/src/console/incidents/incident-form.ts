import { japanLocalNow, japanLocalToIso } from '../forms/japan-time.ts';
import type { IncidentCause, IncidentRecord } from './types.ts';

/** The "record an incident" form as typed; turned into the API's body by `incidentBody`. */
export interface IncidentFormState {
  readonly operator: string;
  readonly title: string;
  readonly description: string;
  readonly discoveredBy: string;
  /** `YYYY-MM-DDTHH:mm`, Japan time (a datetime-local field). */
  readonly discoveredAt: string;
  readonly cause: IncidentCause | '';
  readonly systems: readonly string[];
  readonly items: readonly string[];
  readonly peopleAffected: string;
  readonly stronglyEncrypted: boolean;
  readonly pseudonymisedOnly: boolean;
  readonly privacyMarkHolder: boolean;
  /** The client, when the business handled the data as a contractor (BR-10). */
  readonly asContractorFor: string;
  readonly clientNotified: boolean;
}

export function emptyIncidentForm(now: Date, operator: string): IncidentFormState {
  return {
    operator,
    title: '',
    description: '',
    discoveredBy: '',
    discoveredAt: japanLocalNow(now),
    cause: '',
    systems: [],
    items: [],
    peopleAffected: '',
    stronglyEncrypted: false,
    pseudonymisedOnly: false,
    privacyMarkHolder: false,
    asContractorFor: '',
    clientNotified: false,
  };
}

/** The form filled with a recorded incident, to change what is known as the investigation goes on. */
export function formFromIncident(incident: IncidentRecord): IncidentFormState {
  const f = incident.facts;
  return {
    operator: incident.operator,
    title: incident.title,
    description: incident.description,
    discoveredBy: incident.discoveredBy,
    discoveredAt: japanLocalNow(new Date(f.discoveredAt)),
    cause: f.cause,
    systems: incident.systems,
    items: f.items,
    peopleAffected: String(f.peopleAffected),
    stronglyEncrypted: f.stronglyEncrypted,
    pseudonymisedOnly: f.pseudonymisedOnly,
    privacyMarkHolder: f.privacyMarkHolder,
    asContractorFor: f.asContractorFor ?? '',
    clientNotified: f.clientNotified ?? false,
  };
}

/**
 * POST /api/v1/incidents's body. Nothing is checked here: a blank or malformed value is sent as it is (a blank
 * number as null) so the API's own message lands at the field.
 */
export function incidentBody(form: IncidentFormState) {
  const people = form.peopleAffected.trim();
  const client = form.asContractorFor.trim();
  return {
    operator: form.operator,
    title: form.title,
    description: form.description,
    discoveredBy: form.discoveredBy,
    systems: form.systems,
    facts: {
      discoveredAt: japanLocalToIso(form.discoveredAt),
      cause: form.cause,
      items: form.items,
      peopleAffected: people === '' ? null : Number(people),
      stronglyEncrypted: form.stronglyEncrypted,
      pseudonymisedOnly: form.pseudonymisedOnly,
      privacyMarkHolder: form.privacyMarkHolder,
      ...(client === '' ? {} : { asContractorFor: client, clientNotified: form.clientNotified }),
    },
  };
}

/** PATCH /api/v1/incidents/{id}'s body: the same fields but the operator, which does not change. */
export function incidentPatchBody(form: IncidentFormState) {
  const { operator: _operator, ...rest } = incidentBody(form);
  return rest;
}

export type IdentityKind = 'email' | 'staff-number' | 'my-number' | 'name-birth';

/**
 * The affected people typed one per line, as the notify API's identities. Name and birth date are separated by
 * the last comma or tab ("山田 太郎, 1980-04-01"). Blank lines are skipped.
 */
export function identitiesFrom(kind: IdentityKind, text: string): Record<string, string>[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.map((line) => {
    switch (kind) {
      case 'email':
        return { kind, email: line };
      case 'staff-number':
        return { kind, staffNumber: line };
      case 'my-number':
        return { kind, myNumber: line };
      case 'name-birth': {
        const cut = Math.max(line.lastIndexOf(','), line.lastIndexOf('\t'), line.lastIndexOf('、'));
        return cut < 0
          ? { kind, name: line }
          : { kind, name: line.slice(0, cut).trim(), birthDate: line.slice(cut + 1).trim() };
      }
    }
  });
}
