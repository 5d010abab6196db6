import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { letterPdf, type NotifyDeps, notifyAffectedPeople } from '../../app/incidents/notify-affected-people.ts';
import { notifyClient } from '../../app/incidents/notify-client.ts';
import { getIncident } from '../../app/incidents/record-incident.ts';
import { AppError } from '../../core/app-error.ts';
import { type PersonIdentity, PersonIdentitySchema } from '../../core/dataset/person-identity.ts';
import { renderLetterPdf } from '../../notice/render-letter.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId, assertOperatorVisible, setAccessRecord } from '../request-context.ts';
import { requestDepsFor } from '../request-deps-for.ts';
import { AnyObject, IdParam } from './incident-schemas.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const tags = ['incidents'];
const P = '/api/v1/incidents/{id}';
const conflict = json(ErrorBodySchema, 'Not possible as things stand (no database connected, no SMTP, no client)');
const noticeText = z.string().max(4000);

/** Flat at the edge, every field bounded (each error names its field); the handler checks which go with which kind. */
const IdentityInput = z
  .object({
    kind: z.enum(['email', 'staff-number', 'my-number', 'name-birth']),
    email: z.string().min(3).max(254).optional(),
    staffNumber: z.string().min(1).max(64).optional(),
    myNumber: z.string().min(12).max(32).optional(),
    name: z.string().min(1).max(200).optional(),
    birthDate: z.string().min(6).max(32).optional(),
  })
  .strict();

function identitiesOf(inputs: readonly z.infer<typeof IdentityInput>[]): PersonIdentity[] {
  const issues: { path: string; message: string }[] = [];
  const out: PersonIdentity[] = [];
  inputs.forEach((input, i) => {
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const parsed = PersonIdentitySchema.safeParse(given);
    if (parsed.success) out.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        issues.push({ path: ['identities', i, ...issue.path].join('.'), message: issue.message });
  });
  if (issues.length > 0) throw new AppError('VALIDATION', 'invalid affected people', { issues });
  return out;
}

const AffectedPeopleBody = z
  .object({
    identities: z.array(IdentityInput).min(1).max(10_000),
    channel: z.enum(['auto', 'email', 'letter']).default('auto'),
    lang: z.enum(['ja', 'en']).default('ja'),
    notice: z
      .object({
        summary: noticeText,
        personalData: noticeText,
        cause: noticeText,
        secondaryHarm: noticeText.default(''),
        other: noticeText.default(''),
      })
      .strict()
      .optional()
      .openapi({ description: 'BR-11 items 1, 2, 4, 5, 9; default: the newest report draft' }),
    resend: z.boolean().default(false),
  })
  .strict()
  .openapi('AffectedPeopleNotice');

const ClientBody = z
  .object({
    channel: z.enum(['email', 'letter', 'phone', 'other']),
    email: z.email().max(254).optional().openapi({ description: "The client's contact; Mamori e-mails the report" }),
    description: z.string().max(2000).default(''),
  })
  .strict();

const LetterParam = IdParam.extend({
  notificationId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'notificationId', in: 'path' } }),
});

const notifyPeople = createRoute({
  method: 'post',
  path: `${P}/notifications/affected-people`,
  tags,
  summary: 'BR-11: find the affected people in the company databases and send each the notice (e-mail or letter)',
  request: { params: IdParam, ...body(AffectedPeopleBody) },
  responses: {
    200: json(AnyObject, 'Per person: emailed, letter, already-notified, not-found, no-contact, failed'),
    400: errorResponses[400],
    404: errorResponses[404],
    409: conflict,
  },
});
const letter = createRoute({
  method: 'get',
  path: `${P}/notifications/{notificationId}/letter`,
  tags,
  summary: "One person's BR-11 letter as PDF, for posting",
  request: { params: LetterParam },
  responses: {
    200: {
      description: 'The letter',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    404: errorResponses[404],
  },
});
const client = createRoute({
  method: 'post',
  path: `${P}/client-notification`,
  tags,
  summary: 'BR-10: record (or e-mail) the notice to the client of an incident handled as a contractor',
  request: { params: IdParam, ...body(ClientBody) },
  responses: {
    201: json(AnyObject, 'Recorded; the incident is classified again'),
    400: errorResponses[400],
    404: errorResponses[404],
    409: conflict,
  },
});

const plain = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value));

export function registerIncidentNotificationRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  const requestDeps = requestDepsFor(deps);
  const notifyDeps: NotifyDeps = {
    store: deps.store,
    clock: deps.clock,
    renderLetter: renderLetterPdf,
    ...(requestDeps.datasets ? { datasets: requestDeps.datasets } : {}),
    ...(requestDeps.mailer ? { mailer: requestDeps.mailer } : {}),
    ...(requestDeps.sealer ? { sealer: requestDeps.sealer } : {}),
  };
  const visible = async (c: Context, id: string) => {
    const incident = await getIncident(deps, id);
    assertOperatorVisible(c, incident.operator, 'incident');
    return incident;
  };
  app.openapi(notifyPeople, async (c) => {
    const { id } = c.req.valid('param');
    const incident = await visible(c, id);
    const { notice, identities, ...rest } = c.req.valid('json');
    const result = await notifyAffectedPeople(
      notifyDeps,
      { incidentId: id, ...rest, identities: identitiesOf(identities), ...(notice ? { notice } : {}) },
      actorId(c),
    );
    const subjects = result.outcomes.flatMap((o) => (o.subjectId ? [o.subjectId] : []));
    setAccessRecord(c, {
      operators: [incident.operator],
      subjects,
      detail: { incident: id, action: 'notify-affected-people', emailed: result.emailed, letters: result.letters },
    });
    return c.json(plain(result), 200);
  });
  app.openapi(letter, async (c) => {
    const { id, notificationId } = c.req.valid('param');
    const incident = await visible(c, id);
    const pdf = await letterPdf(notifyDeps, id, notificationId);
    const notification = (await deps.store.incidents.notifications(id)).find((n) => n.id === notificationId);
    setAccessRecord(c, {
      operators: [incident.operator],
      ...(notification?.subjectId ? { subjects: [notification.subjectId] } : {}),
      detail: { incident: id, letter: notificationId },
    });
    c.header('content-type', 'application/pdf');
    c.header('content-disposition', `attachment; filename="incident-letter-${notificationId}.pdf"`);
    return c.body(new Uint8Array(pdf), 200);
  });
  app.openapi(client, async (c) => {
    const { id } = c.req.valid('param');
    await visible(c, id);
    const { email, ...rest } = c.req.valid('json');
    const notification = await notifyClient(
      notifyDeps,
      { incidentId: id, ...rest, ...(email ? { email } : {}) },
      actorId(c),
    );
    return c.json(plain(notification), 201);
  });
}
