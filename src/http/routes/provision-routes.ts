import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ProvisionRecord, ReceiptRecord } from '../../app/consent-ports.ts';
import { recordReceipt } from '../../app/record-receipt.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { operatorFilter } from '../operator-scope.ts';
import { assertOperatorVisible, principalActor, setAccessRecord } from '../request-context.ts';
import { PageQuery } from './decision-schemas.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const unauthorised = json(ErrorBodySchema, 'No or wrong token');

const ProvisionSchema = z
  .object({
    id: z.string(),
    operator: z.string(),
    recipient: z.string(),
    subjectId: z.string(),
    items: z.array(z.string()),
    basis: z.enum(['consent', 'opt-out']),
    consentId: z.string().optional(),
    bulk: z.boolean(),
    firstProvidedAt: z.string(),
    lastProvidedAt: z.string(),
    count: z.number().int(),
    retainUntil: z.string(),
  })
  .openapi('ProvisionRecord');

const ProviderSchema = z.object({
  name: z.string().min(1).max(300),
  address: z.string().min(1).max(500),
  representative: z.string().min(1).max(300),
});

const ReceiptInputSchema = z
  .object({
    operator: z.string().min(1).max(200),
    provider: ProviderSchema,
    providerAcquisition: z
      .string()
      .min(1)
      .max(2000)
      .openapi({ description: 'How the provider obtained the data (RC-4)' }),
    subjectId: z.string().min(1).max(200),
    items: z.array(z.string().min(1).max(200)).min(1).max(500),
    consentId: z.string().max(200).optional(),
    receivedAt: z.iso.datetime().max(40).optional(),
    checkedBy: z.string().min(1).max(200),
  })
  .openapi('ReceiptInput');

const ReceiptSchema = ReceiptInputSchema.extend({
  id: z.string(),
  receivedAt: z.string(),
  retainUntil: z.string(),
}).openapi('ReceiptRecord');

const list = createRoute({
  method: 'get',
  path: '/api/v1/provisions',
  tags: ['provisions'],
  summary: 'Provision records (Art. 29), newest first, by recipient or person',
  security: [{ adminToken: [] }],
  request: { query: PageQuery.extend({ recipient: z.string().optional(), subjectId: z.string().optional() }) },
  responses: {
    200: json(
      z.object({ items: z.array(ProvisionSchema), total: z.number(), limit: z.number(), offset: z.number() }),
      'A page',
    ),
    400: errorResponses[400],
    401: unauthorised,
  },
});

const receipt = createRoute({
  method: 'post',
  path: '/api/v1/receipts',
  tags: ['provisions'],
  summary: 'Record the confirmation made before receiving personal data from a third party (Art. 30)',
  security: [{ adminToken: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: ReceiptInputSchema } } } },
  responses: {
    201: json(
      z.object({ receipt: ReceiptSchema, evidence: z.object({ seq: z.number(), hash: z.string() }) }),
      'Recorded',
    ),
    400: errorResponses[400],
    401: unauthorised,
  },
});

const forSubject = createRoute({
  method: 'get',
  path: '/api/v1/subjects/{subjectId}/provisions',
  tags: ['provisions'],
  summary: "A person's provision and receipt records, for disclosure (RQ-4)",
  security: [{ adminToken: [] }],
  request: { params: z.object({ subjectId: z.string().min(1).max(200) }) },
  responses: {
    200: json(z.object({ provisions: z.array(ProvisionSchema), receipts: z.array(ReceiptSchema) }), 'Records'),
    401: unauthorised,
  },
});

export function registerProvisionRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const filter = {
      ...(q.recipient ? { recipient: q.recipient } : {}),
      ...(q.subjectId ? { subjectId: q.subjectId } : {}),
    };
    const operators = operatorFilter(c);
    const page = await deps.store.provisions.list(operators ? { ...filter, operators } : filter, {
      limit: q.limit,
      offset: q.offset,
    });
    setAccessRecord(c, recordsAccess(page.items));
    return c.json({ items: page.items.map(provisionBody), total: page.total, limit: q.limit, offset: q.offset }, 200);
  });
  app.openapi(receipt, async (c) => {
    const body = c.req.valid('json');
    assertOperatorVisible(c, body.operator);
    const result = await recordReceipt(deps, {
      operator: body.operator,
      provider: body.provider,
      providerAcquisition: body.providerAcquisition,
      subjectId: body.subjectId,
      items: body.items,
      // Who checked is the authenticated caller, whatever the body says.
      checkedBy: principalActor(c),
      ...(body.consentId ? { consentId: body.consentId } : {}),
      ...(body.receivedAt ? { receivedAt: new Date(body.receivedAt) } : {}),
    });
    return c.json({ receipt: receiptBody(result.receipt), evidence: result.evidence }, 201);
  });
  app.openapi(forSubject, async (c) => {
    const { subjectId } = c.req.valid('param');
    const [allProvisions, allReceipts] = await Promise.all([
      deps.store.provisions.listForSubject(subjectId),
      deps.store.provisions.listReceiptsForSubject(subjectId),
    ]);
    const operators = operatorFilter(c);
    const visible = (record: { operator: string }) => operators === undefined || operators.includes(record.operator);
    const provisions = allProvisions.filter(visible);
    const receipts = allReceipts.filter(visible);
    setAccessRecord(c, { ...recordsAccess([...provisions, ...receipts]), subjects: [subjectId] });
    return c.json({ provisions: provisions.map(provisionBody), receipts: receipts.map(receiptBody) }, 200);
  });
}

/** For the access log: whose records were read, of which operators, about which items, how many. */
function recordsAccess(records: readonly (ProvisionRecord | ReceiptRecord)[]) {
  return {
    subjects: records.map((r) => r.subjectId),
    operators: records.map((r) => r.operator),
    items: records.flatMap((r) => r.items),
    rows: records.length,
  };
}

function provisionBody(p: ProvisionRecord) {
  return {
    id: p.id,
    operator: p.operator,
    recipient: p.recipient,
    subjectId: p.subjectId,
    items: [...p.items],
    basis: p.basis,
    consentId: p.consentId,
    bulk: p.bulk,
    firstProvidedAt: p.firstProvidedAt.toISOString(),
    lastProvidedAt: p.lastProvidedAt.toISOString(),
    count: p.count,
    retainUntil: p.retainUntil.toISOString(),
  };
}

function receiptBody(r: ReceiptRecord) {
  return {
    id: r.id,
    operator: r.operator,
    provider: { ...r.provider },
    providerAcquisition: r.providerAcquisition,
    subjectId: r.subjectId,
    items: [...r.items],
    consentId: r.consentId,
    receivedAt: r.receivedAt.toISOString(),
    checkedBy: r.checkedBy,
    retainUntil: r.retainUntil.toISOString(),
  };
}
