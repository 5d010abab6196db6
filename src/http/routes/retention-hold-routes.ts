import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { placeHold, releaseHold } from '../../app/retention/legal-holds.ts';
import { openContractorDocument, recordContractorDisposal } from '../../app/retention/record-contractor-disposal.ts';
import type { RetentionDeps } from '../../app/retention/retention-deps.ts';
import { AppError } from '../../core/app-error.ts';
import { type PersonIdentity, PersonIdentitySchema } from '../../core/dataset/person-identity.ts';
import { HoldScopeSchema, type LegalHold } from '../../core/retention/legal-hold.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import { actorId } from '../request-context.ts';
import { holdVisible, visibleSystems } from './retention-route-deps.ts';
import { ContractorDisposalBody, HoldBody, HoldsQuery, IdParam, ReleaseBody } from './retention-schemas.ts';

const tags = ['retention'];
const P = '/api/v1/retention';
const AnyObject = z.any().openapi({ type: 'object' });
const json = (description: string) => ({ description, content: { 'application/json': { schema: AnyObject } } });
const body = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const refused = {
  description: 'Refused as things stand',
  content: { 'application/json': { schema: ErrorBodySchema } },
};

const routes = {
  holds: createRoute({
    method: 'get',
    path: `${P}/holds`,
    tags,
    summary: 'Legal holds (active, released or all)',
    request: { query: HoldsQuery },
    responses: { 200: json('The holds'), 400: errorResponses[400] },
  }),
  place: createRoute({
    method: 'post',
    path: `${P}/holds`,
    tags,
    summary: 'Place a legal hold on a person, an operator or a system: disposal stops for what it covers',
    request: body(HoldBody),
    responses: { 201: json('The hold'), 400: errorResponses[400], 404: errorResponses[404], 422: refused },
  }),
  release: createRoute({
    method: 'post',
    path: `${P}/holds/{id}/release`,
    tags,
    summary: 'Release a legal hold',
    request: { params: IdParam, ...body(ReleaseBody) },
    responses: { 200: json('The released hold'), 400: errorResponses[400], 404: errorResponses[404], 409: refused },
  }),
  contractor: createRoute({
    method: 'post',
    path: `${P}/contractor-disposals`,
    tags,
    summary: "Record a contractor's disposal with the contractor's certificate attached (MN-3)",
    request: body(ContractorDisposalBody),
    responses: { 201: json('The certificate Mamori issued'), 400: errorResponses[400], 404: errorResponses[404] },
  }),
  document: createRoute({
    method: 'get',
    path: `${P}/certificates/{id}/document`,
    tags,
    summary: "The contractor's certificate file attached to a certificate",
    request: { params: IdParam },
    responses: {
      200: {
        description: 'The file',
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      404: errorResponses[404],
    },
  }),
};

/** A flat edge object parsed by its core schema; what is wrong or missing for its kind is named under `at`. */
function edgeParse<T>(schema: z.ZodType<T>, raw: Record<string, unknown>, at: string): T {
  const fields = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  throw new AppError('VALIDATION', `invalid ${at}`, {
    issues: parsed.error.issues.map((i) => ({ path: [at, ...i.path.map(String)].join('.'), message: i.message })),
  });
}

const personIdentity = (raw: Record<string, unknown>): PersonIdentity =>
  edgeParse(PersonIdentitySchema, raw, 'identity');

/** Holds as the API shows them: never the identity a person hold finds them by. */
const holdView = (hold: LegalHold) => JSON.parse(JSON.stringify(hold)) as Record<string, unknown>;

/** Legal holds and contractors' disposals (issue 7). */
export function registerRetentionHoldRoutes(app: OpenAPIHono, deps: RetentionDeps): void {
  app.openapi(routes.holds, async (c) => {
    const active = c.req.valid('query').active;
    const { ids } = await visibleSystems(c, deps);
    const holds = await deps.store.retention.holds(active === undefined ? {} : { active: active === 'true' });
    return c.json({ items: holds.filter((h) => holdVisible(c, h, ids)).map(holdView) }, 200);
  });
  app.openapi(routes.place, async (c) => {
    const { identity: raw, scope: rawScope, ...fields } = c.req.valid('json');
    const identity = raw === undefined ? undefined : personIdentity(raw);
    const rest = { ...fields, scope: edgeParse(HoldScopeSchema, rawScope, 'scope') };
    const { ids } = await visibleSystems(c, deps);
    const probe: LegalHold = { id: '', ...rest, placedBy: '', placedAt: new Date(0) };
    if (!holdVisible(c, probe, ids)) throw new AppError('NOT_FOUND', 'no such operator or system in your scope');
    const hold = await placeHold(deps, { ...rest, ...(identity ? { identity } : {}) }, actorId(c));
    return c.json(holdView(hold), 201);
  });
  app.openapi(routes.release, async (c) => {
    const { id } = c.req.valid('param');
    const hold = await deps.store.retention.hold(id);
    const { ids } = await visibleSystems(c, deps);
    if (hold === undefined || !holdVisible(c, hold, ids)) throw new AppError('NOT_FOUND', `legal hold ${id} not found`);
    return c.json(holdView(await releaseHold(deps, id, c.req.valid('json').reason, actorId(c))), 200);
  });
  app.openapi(routes.contractor, async (c) => {
    const input = c.req.valid('json');
    const scope = await visibleSystems(c, deps);
    if (!scope.all && (input.system === undefined || !scope.ids.includes(input.system))) {
      throw new AppError('NOT_FOUND', `system ${input.system ?? '(none)'} not found`);
    }
    const { certificate, system, ...rest } = input;
    const stored = await recordContractorDisposal(
      deps,
      {
        ...rest,
        ...(system ? { system } : {}),
        document: { ...certificate, content: new Uint8Array(Buffer.from(certificate.content, 'base64')) },
      },
      actorId(c),
    );
    return c.json(
      { ...JSON.parse(JSON.stringify(stored.body)), bodySha256: stored.bodySha256, pdfSha256: stored.pdfSha256 },
      201,
    );
  });
  app.openapi(routes.document, async (c) => {
    const { id } = c.req.valid('param');
    const cert = await deps.store.retention.certificate(id);
    const scope = await visibleSystems(c, deps);
    const system = cert?.body.contractor?.system;
    const visible = scope.all || (system !== undefined && scope.ids.includes(system));
    if (cert?.body.contractor === undefined || !visible)
      throw new AppError('NOT_FOUND', `no document for certificate ${id}`);
    const document = await openContractorDocument(deps, cert.body.contractor.document.id);
    c.header('content-type', document.mediaType);
    c.header('content-disposition', `attachment; filename="${encodeURIComponent(document.fileName)}"`);
    return c.body(new Uint8Array(document.content), 200);
  });
}
