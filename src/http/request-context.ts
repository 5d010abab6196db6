import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AccessRecord } from '../app/record-access.ts';
import { AppError } from '../core/app-error.ts';
import { maySeeOperator, type Principal } from '../core/auth/principal.ts';
import type { HttpEnv } from './http-env.ts';

const ANONYMOUS: Principal = { kind: 'anonymous' };

// Route files take the untyped OpenAPIHono; the variables are HttpEnv's all the same.
const vars = (c: Context) => c as unknown as Context<HttpEnv>;

/** Who is calling; anonymous until the authentication middleware says otherwise. */
export function principalOf(c: Context): Principal {
  return vars(c).get('principal') ?? ANONYMOUS;
}

export function requestIdOf(c: Context): string {
  return vars(c).get('requestId') ?? 'none';
}

/** Routes say what they returned or changed (ids, item names, counts; never values) for the access log. */
export function setAccessRecord(c: Context, record: AccessRecord): void {
  vars(c).set('accessRecord', record);
}

export function accessRecordOf(c: Context): AccessRecord | undefined {
  return vars(c).get('accessRecord');
}

/**
 * Objects of an operator the caller is not scoped to do not exist for it: 404, never 403, so a user of one
 * company cannot even learn what another holds.
 */
export function assertOperatorVisible(c: Context, operatorId: string, what = 'operator'): void {
  if (!maySeeOperator(principalOf(c), operatorId)) {
    throw new AppError('NOT_FOUND', `${what} "${operatorId}" not found`);
  }
}

/**
 * The route that will answer, as `GET /api/v1/subjects/{subjectId}/provisions` (the OpenAPI form, not the URL
 * with ids), or undefined when no route matches (the app answers 404). Middleware (method ALL) is skipped.
 */
export function routeOf(c: Context): { readonly method: string; readonly path: string } | undefined {
  // Kept on the context: the request log, authorization and the access log each ask for every request.
  const known = vars(c).get('route');
  if (known !== undefined) return known ?? undefined;
  const handler = matchedRoutes(c).findLast((route) => route.method !== 'ALL');
  const route =
    handler === undefined
      ? null
      : { method: handler.method, path: handler.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}') };
  vars(c).set('route', route);
  return route ?? undefined;
}

/** The caller as evidence names it: `user:<id>` or `application:<name>`; never taken from a request body. */
export function principalActor(c: Context): string {
  const principal = principalOf(c);
  if (principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'log in or present an API token');
  return `${principal.kind}:${principal.id}`;
}

/** The caller's id for records (author, approver, recordedBy); authorization has already refused anonymity. */
export function actorId(c: Context): string {
  const principal = principalOf(c);
  if (principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'log in or present an API token');
  return principal.id;
}
