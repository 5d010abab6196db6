import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { EvidenceKeys } from '../../app/evidence-store.ts';
import type { Clock, Store } from '../../app/ports.ts';
import { systemClock } from '../../app/system-clock.ts';
import { verifyAndRecordEvidence } from '../../app/verification-runs.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import { principalOf } from '../request-context.ts';
import {
  CheckpointQuery,
  CheckpointSchema,
  EvidenceListQuery,
  EvidencePageSchema,
  PublicKeyBodySchema,
  VerificationSchema,
  VerifyQuery,
} from './evidence-schemas.ts';

/**
 * What the evidence routes need: the store (its `evidence` port) and the keys whose checkpoints verify.
 * HttpDeps satisfies it once it carries `evidenceKeys`.
 */
export interface EvidenceRouteDeps {
  readonly store: Store;
  readonly evidenceKeys: EvidenceKeys;
  /** When verification runs are recorded (the dashboard shows the last one); default the system clock. */
  readonly clock?: Clock;
}

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const unauthorised = json(ErrorBodySchema, 'No or wrong token');

const list = createRoute({
  method: 'get',
  path: '/api/v1/evidence',
  tags: ['evidence'],
  summary: 'Evidence entries in seq order, filtered by type, subject, actor and event time; paged by seq cursor',
  security: [{ adminToken: [] }],
  request: { query: EvidenceListQuery },
  responses: { 200: json(EvidencePageSchema, 'A page of entries'), 400: errorResponses[400], 401: unauthorised },
});

const verify = createRoute({
  method: 'get',
  path: '/api/v1/evidence/verify',
  tags: ['evidence'],
  summary: 'Check the hash chain and signed checkpoints; names the first bad entry',
  description: 'Always 200 with `ok`; `problem.seq` is the first entry found edited, deleted, inserted or reordered.',
  security: [{ adminToken: [] }],
  request: { query: VerifyQuery },
  responses: { 200: json(VerificationSchema, 'The verification result'), 400: errorResponses[400], 401: unauthorised },
});

const publicKey = createRoute({
  method: 'get',
  path: '/api/v1/evidence/public-key',
  tags: ['evidence'],
  summary: 'The public key that verifies checkpoints and exports (publish it; compare key ids)',
  responses: { 200: json(PublicKeyBodySchema, 'Current key and every trusted key') },
});

const checkpoints = createRoute({
  method: 'get',
  path: '/api/v1/evidence/checkpoints',
  tags: ['evidence'],
  summary: 'Signed checkpoints in seq order, for anchoring outside Mamori',
  request: { query: CheckpointQuery },
  responses: { 200: json(z.object({ items: z.array(CheckpointSchema) }), 'A page'), 400: errorResponses[400] },
});

export function registerEvidenceRoutes(app: OpenAPIHono, deps: EvidenceRouteDeps): void {
  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    const items = await deps.store.evidence.list({
      limit: query.limit,
      ...(query.type === undefined ? {} : { type: query.type }),
      ...(query.subject === undefined ? {} : { subject: query.subject }),
      ...(query.actor === undefined ? {} : { actor: query.actor }),
      ...(query.from === undefined ? {} : { from: new Date(query.from) }),
      ...(query.to === undefined ? {} : { to: new Date(query.to) }),
      ...(query.after === undefined ? {} : { afterSeq: query.after }),
    });
    const last = items.at(-1);
    const page = items.map((entry) => ({ ...entry, payload: { ...entry.payload } }));
    return c.json(items.length === query.limit && last ? { items: page, next: last.seq } : { items: page }, 200);
  });
  app.openapi(verify, async (c) => {
    const query = c.req.valid('query');
    const principal = principalOf(c);
    const result = await verifyAndRecordEvidence(
      { store: deps.store, keys: deps.evidenceKeys, clock: deps.clock ?? systemClock },
      query,
      principal.kind === 'anonymous' ? 'anonymous' : principal.id,
    );
    return c.json(result, 200);
  });
  app.openapi(publicKey, (c) => {
    const { current, trusted } = deps.evidenceKeys;
    return c.json(
      {
        algorithm: 'Ed25519' as const,
        keyId: current.keyId,
        publicKey: current.pem,
        trusted: trusted.map((key) => ({ keyId: key.keyId, publicKey: key.pem })),
      },
      200,
    );
  });
  app.openapi(checkpoints, async (c) => {
    const { after, limit } = c.req.valid('query');
    const page = await deps.store.evidence.checkpoints({ from: after + 1, to: Number.MAX_SAFE_INTEGER, limit });
    return c.json({ items: page.map((checkpoint) => ({ ...checkpoint })) }, 200);
  });
}
