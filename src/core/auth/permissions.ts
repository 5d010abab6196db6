import type { SystemRole } from './principal.ts';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * Where a route finds the operator its objects belong to:
 * - `group`: not operator-scoped (group-wide documents such as the ledger, the notice and the evidence log);
 * - `field`: the request names an operator in a path, query or body field; handlers answer 404 for another one;
 * - `records`: the handler filters what it returns (or refuses what it is asked) to the caller's operators.
 */
export type OperatorScope =
  | { readonly kind: 'group' }
  | { readonly kind: 'field'; readonly in: 'path' | 'query' | 'body'; readonly field: string }
  | { readonly kind: 'records'; readonly by: string };

/** What the access log writes after a successful call (routes may refine it through `accessRecord`). */
export type AccessEvidence = 'read' | 'export' | 'ledger-version';

/** Who may call one route, and what the call is. */
export interface RoutePermission {
  readonly method: HttpMethod;
  /** The OpenAPI path, e.g. `/api/v1/subjects/{subjectId}/provisions`. */
  readonly path: string;
  /** Anyone, logged in or not. */
  readonly public: boolean;
  readonly roles: readonly SystemRole[];
  /** Users need a verified second factor (personal data, the ledger's changes, evidence). */
  readonly mfa: boolean;
  /** The response carries personal data of people (consents, provision records): every call is logged. */
  readonly personalData: boolean;
  readonly evidence?: AccessEvidence;
  readonly scope: OperatorScope;
}

const USERS: readonly SystemRole[] = ['administrator', 'privacy-staff', 'request-handler', 'auditor'];
const HANDLERS: readonly SystemRole[] = ['administrator', 'privacy-staff', 'request-handler'];
const READERS: readonly SystemRole[] = [...HANDLERS, 'auditor'];
const EDITORS: readonly SystemRole[] = ['administrator', 'privacy-staff'];
const AUDIT: readonly SystemRole[] = ['administrator', 'auditor'];
const ADMIN: readonly SystemRole[] = ['administrator'];

/** The request workflow's transitions, one POST each (src/http/routes/request-step-routes.ts). */
const REQUEST_STEPS = [
  'verify-identity',
  'record-payment',
  'search',
  'review',
  'approve',
  'refuse',
  'customer-authorisation',
  'execute',
  'prepare-response',
  'deliver',
  'dispatch',
  'close',
] as const;

const GROUP: OperatorScope = { kind: 'group' };
const bodyOperator: OperatorScope = { kind: 'field', in: 'body', field: 'operator' };
const records = (by: string): OperatorScope => ({ kind: 'records', by });

type Rule = Omit<RoutePermission, 'method' | 'path' | 'public' | 'mfa' | 'personalData'> &
  Partial<Pick<RoutePermission, 'mfa' | 'personalData'>>;

function rule(route: `${HttpMethod} /${string}`, spec: Rule): RoutePermission {
  const [method, path] = route.split(' ') as [HttpMethod, string];
  const personalData = spec.personalData ?? false;
  return {
    method,
    path,
    public: false,
    ...spec,
    personalData,
    mfa: spec.mfa ?? personalData,
    ...(personalData && spec.evidence === undefined ? { evidence: 'read' as const } : {}),
  };
}

function open(route: `${HttpMethod} /${string}`): RoutePermission {
  return { ...rule(route, { roles: [], scope: GROUP }), public: true };
}

/**
 * Every route of the HTTP API and who may call it. A route missing here is refused to everyone (fail closed);
 * test/http/route-permissions.test.ts walks the app's routes against this table.
 */
export const ROUTE_PERMISSIONS: readonly RoutePermission[] = [
  open('GET /health'),
  open('GET /privacy/notice'),
  // The privacy center (issue 6): published notice versions; consent preferences behind a mailed one-time link
  // (rate-limited; the token is the person's proof of the mailbox).
  open('GET /privacy/notice/versions'),
  open('POST /privacy/preferences/links'),
  open('GET /privacy/preferences/{token}'),
  open('POST /privacy/preferences/{token}'),
  open('GET /api/openapi.json'),
  open('GET /api/docs'),
  // The console's and the privacy center's pages and assets: public files; the data behind them is not.
  open('GET /'),
  open('GET /console'),
  open('GET /console/*'),
  open('GET /privacy-center'),
  open('GET /privacy-center/*'),
  open('GET /assets/*'),
  // The ledger is the group's document: every user reads it; changes need a second person (ledger proposals).
  rule('GET /api/v1/ledger', { roles: USERS, scope: GROUP }),
  rule('GET /api/v1/ledger/versions', { roles: USERS, scope: GROUP }),
  rule('GET /api/v1/ledger/versions/{number}', { roles: USERS, scope: GROUP }),
  rule('POST /api/v1/ledger/versions', { roles: EDITORS, mfa: true, evidence: 'ledger-version', scope: GROUP }),
  rule('POST /api/v1/ledger/validate', { roles: USERS, scope: GROUP }),
  rule('GET /api/v1/ledger/schema', { roles: USERS, scope: GROUP }),
  rule('GET /api/v1/ledger/diff', { roles: USERS, scope: GROUP }),
  rule('GET /api/v1/ledger/export', { roles: USERS, evidence: 'export', scope: GROUP }),
  rule('GET /api/v1/ledger/proposals', { roles: [...EDITORS, 'auditor'], scope: GROUP }),
  rule('GET /api/v1/ledger/proposals/{id}', { roles: [...EDITORS, 'auditor'], scope: GROUP }),
  rule('POST /api/v1/ledger/proposals', { roles: EDITORS, mfa: true, evidence: 'ledger-version', scope: GROUP }),
  rule('POST /api/v1/ledger/proposals/{id}/approve', {
    roles: ADMIN,
    mfa: true,
    evidence: 'ledger-version',
    scope: GROUP,
  }),
  rule('POST /api/v1/ledger/proposals/{id}/reject', {
    roles: ADMIN,
    mfa: true,
    evidence: 'ledger-version',
    scope: GROUP,
  }),
  // Decisions and consents: the application role's endpoints (each decision is evidence of its own).
  rule('POST /api/v1/decisions', { roles: [...EDITORS, 'application'], scope: bodyOperator }),
  rule('POST /api/v1/decisions/batch', {
    roles: [...EDITORS, 'application'],
    scope: { kind: 'field', in: 'body', field: 'requests[].operator' },
  }),
  rule('POST /api/v1/consents', { roles: [...HANDLERS, 'application'], mfa: true, scope: records('scope.purpose') }),
  rule('GET /api/v1/consents', { roles: READERS, personalData: true, scope: records('scope.purpose') }),
  rule('GET /api/v1/subjects/{subjectId}/consent-state', {
    roles: [...READERS, 'application'],
    personalData: true,
    scope: records('scope.purpose'),
  }),
  // The subject id the privacy center gave an e-mail address (a POST keeps the address out of URLs and proxy logs):
  // staff who handle people, and applications, which must find the id to honour the choices made there (logged).
  rule('POST /api/v1/subjects/lookup', { roles: [...HANDLERS, 'application'], personalData: true, scope: GROUP }),
  rule('POST /api/v1/suspensions', { roles: HANDLERS, mfa: true, scope: records('purpose') }),
  rule('GET /api/v1/provisions', { roles: READERS, personalData: true, scope: records('operator') }),
  rule('POST /api/v1/receipts', { roles: HANDLERS, mfa: true, scope: bodyOperator }),
  rule('GET /api/v1/subjects/{subjectId}/provisions', {
    roles: READERS,
    personalData: true,
    scope: records('operator'),
  }),
  // The evidence log and the access log: auditors and administrators, group-wide (it records every operator).
  rule('GET /api/v1/evidence', { roles: AUDIT, mfa: true, scope: GROUP }),
  rule('GET /api/v1/evidence/verify', { roles: AUDIT, scope: GROUP }),
  // Verification as a stored background job (the console's button; progress survives leaving the page). Starting
  // one stores a job, and auditors write nothing: they read the jobs and results (and may run GET .../verify).
  rule('POST /api/v1/evidence/verifications', { roles: ADMIN, scope: GROUP }),
  rule('GET /api/v1/evidence/verifications', { roles: AUDIT, scope: GROUP }),
  rule('GET /api/v1/evidence/verifications/{id}', { roles: AUDIT, scope: GROUP }),
  // Names for the ids in histories and logs (the console's colleagues; never secrets).
  rule('GET /api/v1/users/directory', { roles: USERS, scope: GROUP }),
  open('GET /api/v1/evidence/public-key'),
  rule('GET /api/v1/evidence/checkpoints', { roles: AUDIT, scope: GROUP }),
  rule('GET /api/v1/access-log', { roles: AUDIT, mfa: true, scope: GROUP }),
  // Requests from individuals: the privacy center is public (rate-limited submissions; status and downloads need
  // the tracking code); staff work requests of their operators (404 for another's), auditors read.
  open('POST /privacy/requests'),
  open('GET /privacy/requests/{trackingCode}'),
  open('GET /privacy/downloads/{token}'),
  open('GET /privacy/request-procedures'),
  // Incidents and breach reports (issue 7): privacy staff and administrators work them, auditors read; per operator.
  rule('GET /api/v1/incidents', { roles: [...EDITORS, 'auditor'], scope: records('operator') }),
  rule('POST /api/v1/incidents', { roles: EDITORS, mfa: true, scope: bodyOperator }),
  rule('GET /api/v1/incidents/deadlines', { roles: [...EDITORS, 'auditor'], scope: records('operator') }),
  rule('GET /api/v1/incidents/{id}', { roles: [...EDITORS, 'auditor'], scope: records('operator') }),
  rule('PATCH /api/v1/incidents/{id}', { roles: EDITORS, mfa: true, scope: records('operator') }),
  rule('POST /api/v1/incidents/{id}/reports', { roles: EDITORS, mfa: true, scope: records('operator') }),
  rule('GET /api/v1/incidents/{id}/reports/{kind}/{version}', {
    roles: [...EDITORS, 'auditor'],
    evidence: 'export',
    scope: records('operator'),
  }),
  rule('POST /api/v1/incidents/{id}/reports/{kind}/submitted', {
    roles: EDITORS,
    mfa: true,
    scope: records('operator'),
  }),
  rule('POST /api/v1/incidents/{id}/actions', { roles: EDITORS, mfa: true, scope: records('operator') }),
  rule('POST /api/v1/incidents/{id}/actions/{actionId}/close', {
    roles: EDITORS,
    mfa: true,
    scope: records('operator'),
  }),
  rule('POST /api/v1/incidents/{id}/notifications', { roles: EDITORS, mfa: true, scope: records('operator') }),
  // BR-11: looks the affected people up in the company databases (personal data in, references out); letters carry
  // names and addresses. BR-10: the client's notice. Breach rules per operator (issue 7).
  rule('POST /api/v1/incidents/{id}/notifications/affected-people', {
    roles: EDITORS,
    personalData: true,
    scope: records('operator'),
  }),
  rule('GET /api/v1/incidents/{id}/notifications/{notificationId}/letter', {
    roles: EDITORS,
    personalData: true,
    scope: records('operator'),
  }),
  rule('POST /api/v1/incidents/{id}/client-notification', { roles: EDITORS, mfa: true, scope: records('operator') }),
  rule('GET /api/v1/breach-rules/{operator}', {
    roles: [...EDITORS, 'auditor'],
    scope: { kind: 'field', in: 'path', field: 'operator' },
  }),
  rule('PUT /api/v1/breach-rules/{operator}', {
    roles: EDITORS,
    mfa: true,
    scope: { kind: 'field', in: 'path', field: 'operator' },
  }),
  rule('GET /api/v1/requests', { roles: READERS, personalData: true, scope: records('operator') }),
  rule('POST /api/v1/requests', { roles: HANDLERS, mfa: true, scope: bodyOperator }),
  rule('GET /api/v1/requests/{id}', { roles: READERS, personalData: true, scope: records('operator') }),
  ...REQUEST_STEPS.map((step) =>
    rule(`POST /api/v1/requests/{id}/${step}`, { roles: HANDLERS, mfa: true, scope: records('operator') }),
  ),
  rule('POST /api/v1/requests/{id}/deliveries/{deliveryId}/revoke', {
    roles: HANDLERS,
    mfa: true,
    scope: records('operator'),
  }),
  rule('GET /api/v1/requests/{id}/package', { roles: READERS, personalData: true, scope: records('operator') }),
  rule('GET /api/v1/requests/{id}/downloads', { roles: READERS, personalData: true, scope: records('operator') }),
  // The search as a background job (the console leaves and comes back); progress carries counts, no personal data.
  rule('POST /api/v1/requests/{id}/search-job', { roles: HANDLERS, mfa: true, scope: records('operator') }),
  rule('GET /api/v1/requests/{id}/search-job', { roles: READERS, mfa: true, scope: records('operator') }),
  rule('GET /api/v1/requests/{id}/documents/{documentId}', {
    roles: READERS,
    personalData: true,
    scope: records('operator'),
  }),
  // Logging in (authentication's routes): public, because a login in progress is anonymous; each route checks the
  // session itself (any stage) and the throttle.
  open('POST /api/v1/auth/login'),
  open('POST /api/v1/auth/totp'),
  open('POST /api/v1/auth/recovery'),
  open('POST /api/v1/auth/totp/enroll'),
  open('POST /api/v1/auth/totp/confirm'),
  open('POST /api/v1/auth/password'),
  open('POST /api/v1/auth/logout'),
  open('GET /api/v1/auth/me'),
  rule('GET /api/v1/auth/sessions', { roles: USERS, scope: GROUP }),
  // Who an actor id in a record is (e-mail, display name): colleagues in the console, not applications.
  rule('GET /api/v1/accounts/{id}', { roles: USERS, scope: GROUP }),
  rule('DELETE /api/v1/auth/sessions/{id}', { roles: USERS, scope: GROUP }),
  // API tokens for applications: administrators; a token sees no operator its creator cannot (create-api-token).
  rule('POST /api/v1/tokens', { roles: ADMIN, mfa: true, scope: GROUP }),
  rule('GET /api/v1/tokens', { roles: ADMIN, mfa: true, scope: GROUP }),
  rule('DELETE /api/v1/tokens/{id}', { roles: ADMIN, mfa: true, scope: GROUP }),
  // Management system (issue 7): complaints desk per operator (linked to people by subject id, so reads are logged);
  // contractor reviews are group-wide like the ledger's contractors; audits and training per operator. The auditor
  // system role reads only (it writes nothing anywhere); audit teams record their findings as privacy staff.
  rule('POST /api/v1/complaints', { roles: HANDLERS, mfa: true, scope: bodyOperator }),
  rule('GET /api/v1/complaints', { roles: READERS, personalData: true, scope: records('operator') }),
  rule('GET /api/v1/complaint-counts', { roles: READERS, scope: records('operator') }),
  rule('GET /api/v1/complaints/{id}', { roles: READERS, personalData: true, scope: records('operator') }),
  rule('POST /api/v1/complaints/{id}/respond', { roles: HANDLERS, mfa: true, scope: records('operator') }),
  rule('POST /api/v1/contractors/reviews', { roles: EDITORS, mfa: true, scope: GROUP }),
  rule('GET /api/v1/contractors/reviews', { roles: READERS, scope: GROUP }),
  rule('GET /api/v1/contractors/reviews/due', { roles: READERS, scope: GROUP }),
  rule('POST /api/v1/contractors/suspensions', { roles: EDITORS, mfa: true, scope: GROUP }),
  rule('GET /api/v1/contractors/suspensions', { roles: READERS, scope: GROUP }),
  rule('POST /api/v1/contractors/suspensions/{id}/lift', { roles: EDITORS, mfa: true, scope: GROUP }),
  rule('POST /api/v1/audits', { roles: EDITORS, mfa: true, scope: bodyOperator }),
  rule('GET /api/v1/audits', { roles: [...EDITORS, 'auditor'], scope: records('operator') }),
  rule('GET /api/v1/audits/{id}', { roles: [...EDITORS, 'auditor'], scope: records('operator') }),
  ...[
    'POST /api/v1/audits/{id}/findings',
    'POST /api/v1/audits/{id}/findings/{findingId}/actions',
    'POST /api/v1/audits/{id}/findings/{findingId}/actions/{index}/complete',
  ].map((route) => rule(route as `POST /${string}`, { roles: EDITORS, mfa: true, scope: records('operator') })),
  rule('POST /api/v1/audits/{id}/close', { roles: EDITORS, mfa: true, scope: records('operator') }),
  rule('POST /api/v1/training/courses', { roles: EDITORS, mfa: true, scope: bodyOperator }),
  rule('GET /api/v1/training/courses', { roles: READERS, scope: records('operator') }),
  rule('POST /api/v1/training/courses/{id}/assignments', { roles: EDITORS, mfa: true, scope: records('operator') }),
  rule('POST /api/v1/training/courses/{id}/completions', { roles: EDITORS, mfa: true, scope: records('operator') }),
  rule('POST /api/v1/training/courses/{id}/completions/import', {
    roles: EDITORS,
    mfa: true,
    scope: records('operator'),
  }),
  rule('GET /api/v1/training/courses/{id}/status', { roles: READERS, scope: records('operator') }),
  // Mails the absentees of a course (their addresses come from the roster); writes reminder records like the others.
  rule('POST /api/v1/training/courses/{id}/reminders', { roles: EDITORS, mfa: true, scope: records('operator') }),
  // The notice (issue 6): every user previews the draft and compares it with the published one (group documents);
  // publishing changes what people are told, so editors with a second factor only.
  rule('GET /api/v1/notice/status', { roles: USERS, scope: GROUP }),
  rule('GET /api/v1/notice/preview', { roles: USERS, scope: GROUP }),
  rule('POST /api/v1/notice/publications', { roles: EDITORS, mfa: true, scope: GROUP }),
  // The console's first page: counts and lists of what needs action, within the caller's operators (issue 7).
  rule('GET /api/v1/dashboard', { roles: USERS, scope: records('operator') }),
  // Management reviews (PM-3) per operator; the yearly ledger review (PM-1) is the group's, like the ledger: owners
  // confirm their sections (the use case checks the owner).
  rule('GET /api/v1/management-reviews/inputs', {
    roles: [...EDITORS, 'auditor'],
    scope: { kind: 'field', in: 'query', field: 'operator' },
  }),
  rule('POST /api/v1/management-reviews', { roles: EDITORS, mfa: true, scope: bodyOperator }),
  rule('GET /api/v1/management-reviews', { roles: [...EDITORS, 'auditor'], scope: records('operator') }),
  rule('GET /api/v1/management-reviews/{id}', { roles: [...EDITORS, 'auditor'], scope: records('operator') }),
  rule('POST /api/v1/management-reviews/{id}/decisions', { roles: EDITORS, mfa: true, scope: records('operator') }),
  rule('POST /api/v1/management-reviews/{id}/close', { roles: EDITORS, mfa: true, scope: records('operator') }),
  rule('GET /api/v1/ledger-reviews/{year}', { roles: USERS, scope: GROUP }),
  rule('PUT /api/v1/ledger-reviews/{year}', { roles: EDITORS, mfa: true, scope: GROUP }),
  rule('POST /api/v1/ledger-reviews/{year}/sections/{section}/confirm', { roles: HANDLERS, mfa: true, scope: GROUP }),
  // Statistics and de-identified extracts read the company databases whole: privacy staff, logged as exports; a
  // user of some operators names a dataset of theirs (PS-1/AN-1, small-cell suppression).
  rule('POST /api/v1/statistics', { roles: EDITORS, mfa: true, evidence: 'export', scope: records('definition') }),
  rule('POST /api/v1/deidentified-data/{id}/extracts', {
    roles: EDITORS,
    mfa: true,
    evidence: 'export',
    scope: records('definition.operators'),
  }),
  // Retention and disposal (issue 7): privacy staff and administrators plan, run, hold and record contractors'
  // disposals; auditors read plans, jobs, holds and certificates. Group-wide routes: handlers limit a caller scoped
  // to operators to the systems whose operators are all theirs (retention-route-deps.ts).
  rule('GET /api/v1/retention/plan', { roles: [...EDITORS, 'auditor'], scope: records('systems') }),
  rule('POST /api/v1/retention/runs', { roles: EDITORS, mfa: true, scope: records('systems') }),
  rule('GET /api/v1/retention/runs', { roles: [...EDITORS, 'auditor'], scope: records('systems') }),
  rule('GET /api/v1/retention/runs/{id}', { roles: [...EDITORS, 'auditor'], scope: records('systems') }),
  rule('POST /api/v1/retention/runs/{id}/cancel', { roles: EDITORS, mfa: true, scope: records('systems') }),
  rule('POST /api/v1/retention/runs/{id}/resume', { roles: EDITORS, mfa: true, scope: records('systems') }),
  rule('GET /api/v1/retention/certificates', { roles: [...EDITORS, 'auditor'], scope: records('systems') }),
  rule('GET /api/v1/retention/certificates/{id}', {
    roles: [...EDITORS, 'auditor'],
    evidence: 'export',
    scope: records('systems'),
  }),
  rule('GET /api/v1/retention/certificates/{id}/document', {
    roles: [...EDITORS, 'auditor'],
    evidence: 'export',
    scope: records('systems'),
  }),
  rule('POST /api/v1/retention/contractor-disposals', { roles: EDITORS, mfa: true, scope: records('system') }),
  rule('GET /api/v1/retention/holds', { roles: [...EDITORS, 'auditor'], scope: records('scope') }),
  rule('POST /api/v1/retention/holds', { roles: EDITORS, mfa: true, scope: records('scope') }),
  rule('POST /api/v1/retention/holds/{id}/release', { roles: EDITORS, mfa: true, scope: records('scope') }),
];

const BY_ROUTE = new Map(ROUTE_PERMISSIONS.map((p) => [routeKey(p.method, p.path), p]));

export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** The rule for a route (HEAD is served by GET), or undefined: then nobody may call it. */
export function findPermission(method: string, path: string): RoutePermission | undefined {
  const verb = method.toUpperCase() === 'HEAD' ? 'GET' : method;
  return BY_ROUTE.get(routeKey(verb, path));
}
