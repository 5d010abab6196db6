import { z } from '@hono/zod-openapi';
import { INCIDENT_CAUSES } from '../../core/incidents/incident.ts';
import { REPORT_KINDS, ReportItemsSchema } from '../../core/incidents/report-items.ts';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);
const ids = z.array(z.string().min(1).max(100)).max(500);

export const IncidentFactsBody = z
  .object({
    discoveredAt: z.iso.datetime({ offset: true }).openapi({ description: 'When any department learned of it (BR-8)' }),
    cause: z.enum(INCIDENT_CAUSES),
    items: ids.openapi({ description: 'Data items involved, by ledger id' }),
    peopleAffected: z.number().int().min(0).max(1_000_000_000),
    stronglyEncrypted: z.boolean().default(false),
    pseudonymisedOnly: z.boolean().default(false),
    asContractorFor: z.string().min(1).max(200).optional().openapi({ description: 'The client (BR-10)' }),
    clientNotified: z.boolean().optional(),
    privacyMarkHolder: z.boolean().default(false),
  })
  .strict();

export const IncidentBody = z
  .object({
    operator: id,
    title: text(200),
    description: text(20_000),
    discoveredBy: text(200).openapi({ description: 'The department that learned of it first' }),
    systems: ids.default([]),
    facts: IncidentFactsBody,
  })
  .strict()
  .openapi('IncidentInput');

export const IncidentPatchBody = z
  .object({
    title: text(200).optional(),
    description: text(20_000).optional(),
    discoveredBy: text(200).optional(),
    systems: ids.optional(),
    facts: IncidentFactsBody.optional(),
    status: z.enum(['open', 'closed']).optional(),
  })
  .strict();

export const ReportBody = z.object({ kind: z.enum(REPORT_KINDS), items: ReportItemsSchema }).strict();
export const ActionBody = z.object({ description: text(2000), owner: text(200), dueDate: z.iso.date() }).strict();
export const NotificationBody = z
  .object({
    kind: z.enum(['dispatch', 'substitute']),
    subjectId: z.string().min(1).max(200).optional(),
    channel: z.enum(['letter', 'email']).optional(),
    description: z.string().max(2000).default(''),
  })
  .strict();

export const IdParam = z.object({ id: id.openapi({ param: { name: 'id', in: 'path' } }) });
export const ActionParam = IdParam.extend({ actionId: id.openapi({ param: { name: 'actionId', in: 'path' } }) });
export const KindParam = IdParam.extend({
  kind: z.enum(REPORT_KINDS).openapi({ param: { name: 'kind', in: 'path' } }),
});
export const VersionParam = KindParam.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'version', in: 'path' } }),
});
export const ListQuery = z.object({
  operator: id.optional(),
  status: z.enum(['open', 'closed']).optional(),
});
export const DeadlineQuery = z.object({
  withinDays: z.coerce.number().int().min(0).max(365).default(7),
  operator: id.optional(),
});
export const FormatQuery = z.object({ format: z.enum(['json', 'pdf']).default('json') });

/** Response bodies are the stored objects with dates as ISO strings. */
export const AnyObject = z.record(z.string(), z.unknown());
