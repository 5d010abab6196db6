import { OpenAPIHono } from '@hono/zod-openapi';
import { accessLogging } from './access-logging.ts';
import { authenticate } from './auth/authenticate.ts';
import { authDepsFor } from './auth/http-auth.ts';
import { authorize } from './authorize.ts';
import { limitBody } from './body-limit.ts';
import { handleError } from './handle-error.ts';
import type { HttpDeps } from './http-deps.ts';
import { requestDepsFor } from './request-deps-for.ts';
import { requestLog } from './request-log.ts';
import { registerAccessLogRoutes } from './routes/access-log-routes.ts';
import { registerAccountNameRoutes } from './routes/account-name-routes.ts';
import { registerAuthRoutes } from './routes/auth-routes.ts';
import { registerBreachRuleRoutes } from './routes/breach-rule-routes.ts';
import { registerComplaintRoutes } from './routes/complaint-routes.ts';
import { registerConsentRoutes } from './routes/consent-routes.ts';
import { registerContractorReviewRoutes } from './routes/contractor-review-routes.ts';
import { registerDashboardRoutes } from './routes/dashboard-routes.ts';
import { registerDecisionRoutes } from './routes/decision-routes.ts';
import { registerDeidentifiedRoutes } from './routes/deidentified-routes.ts';
import { registerDocsRoutes } from './routes/docs-routes.ts';
import { registerEvidenceRoutes } from './routes/evidence-routes.ts';
import { registerEvidenceVerificationRoutes } from './routes/evidence-verification-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerIncidentNotificationRoutes } from './routes/incident-notification-routes.ts';
import { registerIncidentRoutes } from './routes/incident-routes.ts';
import { registerInternalAuditRoutes } from './routes/internal-audit-routes.ts';
import { registerLedgerOutputRoutes } from './routes/ledger-output-routes.ts';
import { registerLedgerProposalRoutes } from './routes/ledger-proposal-routes.ts';
import { registerLedgerReviewRoutes } from './routes/ledger-review-routes.ts';
import { registerLedgerRoutes } from './routes/ledger-routes.ts';
import { registerManagementReviewRoutes } from './routes/management-review-routes.ts';
import { registerMfaRoutes } from './routes/mfa-routes.ts';
import { registerNoticePublicationRoutes } from './routes/notice-publication-routes.ts';
import { noticeRenderer } from './routes/notice-render.ts';
import { registerNoticeRoutes } from './routes/notice-routes.ts';
import { registerPreferenceRoutes } from './routes/preference-routes.ts';
import { registerProvisionRoutes } from './routes/provision-routes.ts';
import { registerRequestDocumentRoutes } from './routes/request-document-routes.ts';
import { registerRequestProcedureRoutes } from './routes/request-procedure-routes.ts';
import { registerRequestPublicRoutes } from './routes/request-public-routes.ts';
import { registerRequestRoutes } from './routes/request-routes.ts';
import { registerRequestSearchJobRoutes } from './routes/request-search-job-routes.ts';
import { registerRetentionRoutes } from './routes/retention-routes.ts';
import { registerTokenRoutes } from './routes/token-routes.ts';
import { registerTrainingRoutes } from './routes/training-routes.ts';
import { registerUserDirectoryRoutes } from './routes/user-directory-routes.ts';
import { registerWebRoutes } from './routes/web-routes.ts';
import { securityHeaders } from './security-headers.ts';
import { validateSynchronously } from './sync-validation.ts';
import { validationHook } from './validation-hook.ts';

/** Largest request body accepted (a ledger folder of YAML files fits comfortably). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The whole HTTP surface; in-process tests call `app.request(...)` without a server. */
export function createApp(deps: HttpDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  validateSynchronously(app);
  app.use('*', requestLog(deps.logger));
  app.use('*', securityHeaders());
  app.use(
    '*',
    limitBody(MAX_BODY_BYTES, (c) =>
      c.json({ code: 'PAYLOAD_TOO_LARGE', message: `request body exceeds ${MAX_BODY_BYTES} bytes` }, 413),
    ),
  );
  // Who is calling: a session cookie or an API token, else anonymous (refusing is authorization's part).
  const auth = authDepsFor(deps);
  app.use('*', deps.authenticate ?? authenticate(auth, deps.ipAllow));
  // Every route: the permission table (fail closed), IP allow-lists; then the access log of what was used.
  app.use('*', authorize(deps));
  app.use('*', accessLogging(deps));
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps, auth);
  registerMfaRoutes(app, deps, auth);
  registerTokenRoutes(app, auth);
  registerLedgerRoutes(app, deps);
  registerLedgerOutputRoutes(app, deps);
  registerLedgerProposalRoutes(app, deps);
  registerDecisionRoutes(app, deps);
  registerConsentRoutes(app, deps);
  registerProvisionRoutes(app, deps);
  registerAccessLogRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerEvidenceVerificationRoutes(app, deps);
  registerUserDirectoryRoutes(app, deps);
  const notices = noticeRenderer();
  registerNoticeRoutes(app, deps, notices);
  registerNoticePublicationRoutes(app, deps, notices);
  registerPreferenceRoutes(app, deps);
  const requestDeps = requestDepsFor(deps);
  registerRequestPublicRoutes(app, deps, requestDeps);
  registerRequestRoutes(app, deps, requestDeps);
  registerRequestProcedureRoutes(app, deps);
  registerRequestSearchJobRoutes(app, deps, requestDeps);
  registerRequestDocumentRoutes(app, requestDeps);
  registerAccountNameRoutes(app, deps);
  registerIncidentRoutes(app, deps);
  registerIncidentNotificationRoutes(app, deps);
  registerBreachRuleRoutes(app, deps);
  registerComplaintRoutes(app, deps);
  registerContractorReviewRoutes(app, deps);
  registerInternalAuditRoutes(app, deps);
  registerTrainingRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerManagementReviewRoutes(app, deps);
  registerLedgerReviewRoutes(app, deps);
  registerDeidentifiedRoutes(app, deps);
  registerRetentionRoutes(app, deps, deps.retention);
  registerDocsRoutes(app);
  registerWebRoutes(app);
  app.notFound((c) => c.json({ code: 'NOT_FOUND', message: `no route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError(handleError(deps.logger));
  return app;
}
