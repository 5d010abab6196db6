import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { recordConsent } from '../../app/record-consent.ts';
import { suspendUse } from '../../app/suspend-use.ts';
import { AppError } from '../../core/app-error.ts';
import { consentVisible } from '../../core/auth/operator-visibility.ts';
import type { ConsentRecord, Suspension } from '../../core/consent/consent-record.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { assertPurposeVisible, purposeFilter } from '../operator-scope.ts';
import { actorId, principalActor, principalOf, setAccessRecord } from '../request-context.ts';
import { ConsentInputSchema, ConsentSchema, PageQuery } from './decision-schemas.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const unauthorised = json(ErrorBodySchema, 'No or wrong token');
const Evidence = z.object({ seq: z.number().int(), hash: z.string() });

const record = createRoute({
  method: 'post',
  path: '/api/v1/consents',
  tags: ['consents'],
  summary: 'Record a consent, withdrawal or refusal (takes effect for the next decision)',
  security: [{ adminToken: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: ConsentInputSchema } } } },
  responses: {
    201: json(z.object({ consent: ConsentSchema, evidence: Evidence }), 'Recorded'),
    400: errorResponses[400],
    401: unauthorised,
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/v1/consents',
  tags: ['consents'],
  summary: 'Query consent records, newest first',
  security: [{ adminToken: [] }],
  request: {
    query: PageQuery.extend({
      subjectId: z.string().optional(),
      purpose: z.string().optional(),
      recipient: z.string().optional(),
      status: z.enum(['given', 'withdrawn', 'refused']).optional(),
      since: z.iso.datetime().optional(),
    }),
  },
  responses: {
    200: json(
      z.object({ items: z.array(ConsentSchema), total: z.number(), limit: z.number(), offset: z.number() }),
      'A page',
    ),
    400: errorResponses[400],
    401: unauthorised,
  },
});

const SuspensionSchema = z
  .object({
    id: z.string(),
    subjectId: z.string(),
    kind: z.enum(['use', 'provision']),
    purpose: z.string().optional(),
    recipient: z.string().optional(),
    requestId: z.string().optional(),
    since: z.string(),
    liftedAt: z.string().optional(),
  })
  .openapi('Suspension');

const suspend = createRoute({
  method: 'post',
  path: '/api/v1/suspensions',
  tags: ['consents'],
  summary: 'Suspend use for a purpose, or provision to a recipient (absent: all), for one person',
  security: [{ adminToken: [] }],
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            subjectId: z.string().min(1).max(200),
            kind: z.enum(['use', 'provision']),
            purpose: z.string().min(1).max(200).optional(),
            recipient: z.string().min(1).max(200).optional(),
            requestId: z.string().min(1).max(200).optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: json(z.object({ suspension: SuspensionSchema, evidence: Evidence }), 'Recorded'),
    400: errorResponses[400],
    401: unauthorised,
  },
});

const subjectState = createRoute({
  method: 'get',
  path: '/api/v1/subjects/{subjectId}/consent-state',
  tags: ['consents'],
  summary: "A person's consents and suspensions, as the decision engine sees them",
  security: [{ adminToken: [] }],
  request: { params: z.object({ subjectId: z.string().min(1).max(200) }) },
  responses: {
    200: json(z.object({ consents: z.array(ConsentSchema), suspensions: z.array(SuspensionSchema) }), 'The state'),
    401: unauthorised,
  },
});

export function registerConsentRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(record, async (c) => {
    const body = c.req.valid('json');
    await assertPurposeVisible(c, deps.policies, body.scope.purpose);
    assertApplicationPurpose(c, body.scope.purpose);
    const { consent, evidence } = await recordConsent(deps, {
      subjectId: body.subjectId,
      status: body.status,
      scope: definedOnly(body.scope),
      method: body.method,
      // Who recorded it is the authenticated caller, whatever the body says.
      recordedBy: principalActor(c),
      ...(body.informationVersion ? { informationVersion: body.informationVersion } : {}),
    });
    return c.json({ consent: consentBody(consent), evidence }, 201);
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const visiblePurposes = await purposeFilter(c, deps.policies);
    const page = await deps.store.consents.list(
      definedOnly({
        subjectId: q.subjectId,
        purpose: q.purpose,
        recipient: q.recipient,
        status: q.status,
        since: q.since ? new Date(q.since) : undefined,
        visiblePurposes,
      }),
      { limit: q.limit, offset: q.offset },
    );
    setAccessRecord(c, consentAccess(page.items, q.purpose));
    return c.json({ items: page.items.map(consentBody), total: page.total, limit: q.limit, offset: q.offset }, 200);
  });
  app.openapi(suspend, async (c) => {
    const body = c.req.valid('json');
    await assertPurposeVisible(c, deps.policies, body.purpose);
    // A suspension without a purpose stops every use in the group: only callers who see the whole group may ask.
    if (body.purpose === undefined && (await purposeFilter(c, deps.policies)) !== undefined) {
      throw new AppError('VALIDATION', 'name the purpose to suspend: your account covers only some operators', {
        issues: [{ path: 'purpose', message: 'required for an account scoped to some operators' }],
      });
    }
    const { suspension, evidence } = await suspendUse(deps, { ...definedOnly(body), actor: actorId(c) });
    return c.json({ suspension: suspensionBody(suspension), evidence }, 201);
  });
  app.openapi(subjectState, async (c) => {
    const { subjectId } = c.req.valid('param');
    const [all, allSuspensions, policy] = await Promise.all([
      deps.store.consents.listForSubject(subjectId),
      deps.store.suspensions.listForSubject(subjectId),
      deps.policies.current(),
    ]);
    const principal = principalOf(c);
    const consents = all.filter((record) => consentVisible(principal, policy, record));
    const suspensions = allSuspensions.filter((record) => consentVisible(principal, policy, record));
    setAccessRecord(c, {
      ...consentAccess(consents),
      subjects: [subjectId],
      rows: consents.length + suspensions.length,
    });
    return c.json({ consents: consents.map(consentBody), suspensions: suspensions.map(suspensionBody) }, 200);
  });
}

/** Drops `undefined` fields: zod's optional output vs. the domain's absent properties. */
export function definedOnly<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** For the access log: whose consents were read, about which items, how many. */
function consentAccess(records: readonly ConsentRecord[], purpose?: string) {
  return {
    subjects: records.map((r) => r.subjectId),
    items: records.flatMap((r) => r.scope.items ?? []),
    rows: records.length,
    ...(purpose ? { purpose } : {}),
  };
}

function consentBody(c: ConsentRecord) {
  return {
    id: c.id,
    subjectId: c.subjectId,
    status: c.status,
    scope: {
      purpose: c.scope.purpose,
      recipient: c.scope.recipient,
      country: c.scope.country,
      items: c.scope.items ? [...c.scope.items] : undefined,
    },
    method: c.method,
    informationVersion: c.informationVersion,
    recordedBy: c.recordedBy,
    at: c.at.toISOString(),
  };
}

function suspensionBody(s: Suspension) {
  return { ...s, since: s.since.toISOString(), ...(s.liftedAt ? { liftedAt: s.liftedAt.toISOString() } : {}) };
}

/** An application token may record consents only for the purposes it was issued for. */
function assertApplicationPurpose(c: Context, purpose: string | undefined): void {
  const principal = principalOf(c);
  if (principal.kind !== 'application' || principal.purposes === 'all') return;
  if (purpose === undefined || !principal.purposes.includes(purpose)) {
    throw new AppError(
      'FORBIDDEN',
      `this application token may record consents only for ${principal.purposes.join(', ')}`,
      {
        issues: [{ path: 'scope.purpose', message: 'not among the token’s purposes' }],
      },
    );
  }
}
