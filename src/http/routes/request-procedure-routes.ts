import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getLedgerVersion } from '../../app/get-ledger-version.ts';
import type { Ledger } from '../../core/ledger/ledger.ts';
import {
  AgentKindSchema,
  RefusalGroundSchema,
  type RequestProcedure,
  RequestTypeSchema,
} from '../../core/ledger/request-procedure.ts';
import { procedureFor } from '../../core/requests/request-scope.ts';
import { errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';

const Text = z.object({ ja: z.string(), en: z.string() }).openapi('LocalizedText');

const ProcedureSchema = z.object({
  types: z.array(RequestTypeSchema).openapi({ description: 'the request types this operator takes' }),
  fees: z
    .record(z.string(), z.number())
    .openapi({ description: 'JPY per request type; types not listed are free (RQ-9)' }),
  feeIncludesTax: z.boolean(),
  payment: z.object({
    methods: z.array(z.string()),
    deadlineDays: z.number(),
    enclosedWithRequest: z.boolean(),
    unpaid: z.enum(['deemed-not-made', 'refused']),
    chargedOnRefusal: z.boolean(),
    requesterBearsCosts: z.array(Text),
  }),
  identity: z.object({
    self: z.array(Text).openapi({ description: 'documents that prove the person is who they say' }),
    agents: z
      .partialRecord(AgentKindSchema, z.array(Text))
      .openapi({ description: 'per kind of agent the operator accepts, the documents it must send' }),
    notes: z.array(Text),
  }),
  replyMethods: z
    .array(z.enum(['electronic', 'paper']))
    .openapi({ description: 'the replyMethod values a request to this operator may name' }),
  replyInstructions: z.array(Text),
  intake: z.object({ methods: z.array(z.string()), instructions: z.array(Text) }),
  targetDays: z.number().openapi({ description: 'calendar days within which the operator aims to reply' }),
  documentsReturned: z.boolean(),
  refusalGrounds: z.array(RefusalGroundSchema),
  useOfRequestData: z.array(Text),
});

const ProceduresSchema = z
  .object({
    ledgerVersion: z.number(),
    operators: z.array(z.object({ id: z.string(), name: Text, procedure: ProcedureSchema })),
  })
  .openapi('PublicRequestProcedures');

const procedures = createRoute({
  method: 'get',
  security: [],
  path: '/privacy/request-procedures',
  tags: ['privacy center'],
  summary: 'How to make a request to each operator: types, fees, identity documents per agent kind, reply methods',
  description: 'What the published notice states about requests (RQ-1, RQ-8, RQ-9), as data for the request form.',
  responses: {
    200: { description: 'The procedures', content: { 'application/json': { schema: ProceduresSchema } } },
    404: errorResponses[404],
  },
});

/** Public: the request procedure of every operator that states one (the privacy center's form is built from it). */
export function registerRequestProcedureRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(procedures, async (c) => {
    const version = await getLedgerVersion(deps);
    return c.json({ ledgerVersion: version.number, operators: publicProcedures(version.ledger) }, 200);
  });
}

export function publicProcedures(ledger: Ledger) {
  return ledger.operators.flatMap((operator) => {
    const procedure = procedureFor(ledger, operator.id);
    return procedure === undefined ? [] : [{ id: operator.id, name: operator.name, procedure: body(procedure) }];
  });
}

function body(p: RequestProcedure) {
  // The ledger's `email` reply is an electronic reply as far as the request form is concerned.
  const electronic = p.replyMethods.some((m) => m === 'electronic' || m === 'email');
  return {
    types: [...p.types],
    fees: defined(p.fees) as Record<string, number>,
    feeIncludesTax: p.feeIncludesTax,
    payment: {
      methods: [...p.payment.methods],
      deadlineDays: p.payment.deadlineDays,
      enclosedWithRequest: p.payment.enclosedWithRequest === true,
      unpaid: p.payment.unpaid,
      chargedOnRefusal: p.payment.chargedOnRefusal,
      requesterBearsCosts: [...p.payment.requesterBearsCosts],
    },
    identity: { self: [...p.identity.self], agents: defined(p.identity.agents), notes: [...p.identity.notes] },
    replyMethods: [
      ...(electronic ? (['electronic'] as const) : []),
      ...(p.replyMethods.includes('paper') ? (['paper'] as const) : []),
    ],
    replyInstructions: [...(p.replyInstructions ?? [])],
    intake: { methods: [...p.intake.methods], instructions: [...p.intake.instructions] },
    targetDays: p.targetDays,
    documentsReturned: p.documentsReturned,
    refusalGrounds: [...p.refusalGrounds],
    useOfRequestData: [...p.useOfRequestData],
  };
}

/** A partial record without its absent keys (JSON has no undefined). */
function defined<K extends string, V>(record: Partial<Record<K, V>>): Partial<Record<K, V>> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<Record<K, V>>;
}
