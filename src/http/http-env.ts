import type { AccessRecord } from '../app/record-access.ts';
import type { Principal } from '../core/auth/principal.ts';
import type { LiveSession } from './auth/live-session.ts';

/** Hono context variables: set by the authentication middleware, read by authorization and routes. */
export interface HttpEnv {
  Variables: {
    principal: Principal;
    /** Correlation id of the request, also in the server log line. */
    requestId: string;
    /** What a route returned (subjects, items, rows), for the access log; set by routes that use personal data. */
    accessRecord: AccessRecord | undefined;
    /** The matched route in OpenAPI form, worked out once (`routeOf`); null when no route matches. */
    route: { readonly method: string; readonly path: string } | null;
    /** The console session behind the request, complete or still logging in; set by authentication. */
    session: LiveSession | undefined;
  };
}
