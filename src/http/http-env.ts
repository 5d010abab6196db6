import type { Principal } from '../core/auth/principal.ts';

/** Hono context variables: set by the authentication middleware, read by authorization and routes. */
export interface HttpEnv {
  Variables: {
    principal: Principal;
    /** Correlation id of the request, also in the server log line. */
    requestId: string;
  };
}
