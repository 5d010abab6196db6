import { z } from 'zod';
import type { Incident } from '../app/incidents/incident-ports.ts';
import { AppError } from '../core/app-error.ts';
import { INCIDENT_CAUSES } from '../core/incidents/incident.ts';
import { REPORT_KINDS } from '../core/incidents/report-items.ts';
import { compact } from './row-values.ts';

const iso = z.iso.datetime().transform((s) => new Date(s));

/** The JSON body of an incident row, validated on the way out (a damaged row is an INTERNAL error). */
const BodySchema = z.object({
  title: z.string(),
  description: z.string(),
  discoveredBy: z.string(),
  systems: z.array(z.string()),
  facts: z.object({
    discoveredAt: iso,
    cause: z.enum(INCIDENT_CAUSES),
    items: z.array(z.string()),
    peopleAffected: z.number(),
    stronglyEncrypted: z.boolean(),
    pseudonymisedOnly: z.boolean(),
    asContractorFor: z.string().optional(),
    clientNotified: z.boolean().optional(),
    privacyMarkHolder: z.boolean(),
  }),
  classification: z.object({
    reportable: z.boolean(),
    grounds: z.array(z.enum(['BR-1', 'BR-2', 'BR-3', 'BR-4', 'MN-5'])),
    exemption: z.enum(['strong-encryption', 'pseudonymised', 'contractor-notified-client']).optional(),
    notifyIndividuals: z.boolean(),
    notifyClient: z.string().optional(),
    deadlines: z.object({
      preliminaryReport: iso.optional(),
      confirmedReport: iso.optional(),
      privacyMarkReport: iso.optional(),
      clientNotification: iso.optional(),
    }),
  }),
  submitted: z.partialRecord(z.enum(REPORT_KINDS), iso),
});

type Mutable = Pick<Incident, 'title' | 'description' | 'discoveredBy' | 'systems' | 'facts' | 'classification'> &
  Pick<Incident, 'submitted'>;

export function incidentBodyJson(incident: Mutable): string {
  return JSON.stringify({
    title: incident.title,
    description: incident.description,
    discoveredBy: incident.discoveredBy,
    systems: incident.systems,
    facts: incident.facts,
    classification: incident.classification,
    submitted: incident.submitted,
  });
}

export function incidentBodyOf(json: string, id: string): Mutable {
  const parsed = BodySchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new AppError('INTERNAL', `stored incident ${id} is unreadable`);
  const { facts, classification, ...rest } = parsed.data;
  return {
    ...rest,
    facts: compact(facts),
    classification: compact({ ...classification, deadlines: compact(classification.deadlines) }),
  };
}
