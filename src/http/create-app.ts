import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { handleError } from './handle-error.ts';
import type { HttpDeps } from './http-deps.ts';
import { requireAdminToken } from './require-admin-token.ts';
import { registerConsentRoutes } from './routes/consent-routes.ts';
import { registerDecisionRoutes } from './routes/decision-routes.ts';
import { registerDocsRoutes } from './routes/docs-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerLedgerOutputRoutes } from './routes/ledger-output-routes.ts';
import { registerLedgerRoutes } from './routes/ledger-routes.ts';
import { registerNoticeRoutes } from './routes/notice-routes.ts';
import { registerProvisionRoutes } from './routes/provision-routes.ts';
import { validationHook } from './validation-hook.ts';

/** Largest request body accepted (a ledger folder of YAML files fits comfortably). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The whole HTTP surface; in-process tests call `app.request(...)` without a server. */
export function createApp(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use('*', secureHeaders());
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json({ code: 'PAYLOAD_TOO_LARGE', message: `request body exceeds ${MAX_BODY_BYTES} bytes` }, 413),
    }),
  );
  // Until accounts and roles arrive (issue 4), everything under /api/v1 needs the administrator token;
  // /health, /privacy/* and the API description stay public.
  app.use('/api/v1/*', requireAdminToken(deps.adminTokenHash));
  registerHealthRoutes(app, deps);
  registerLedgerRoutes(app, deps);
  registerLedgerOutputRoutes(app, deps);
  registerDecisionRoutes(app, deps);
  registerConsentRoutes(app, deps);
  registerProvisionRoutes(app, deps);
  registerNoticeRoutes(app, deps);
  registerDocsRoutes(app);
  app.notFound((c) => c.json({ code: 'NOT_FOUND', message: `no route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError(handleError(deps.logger));
  return app;
}
