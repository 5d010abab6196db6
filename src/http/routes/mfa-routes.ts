import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthDeps } from '../../app/auth/auth-deps.ts';
import { confirmTotp } from '../../app/auth/confirm-totp.ts';
import { enrollTotp } from '../../app/auth/enroll-totp.ts';
import { useRecoveryCode } from '../../app/auth/use-recovery-code.ts';
import { verifyTotp } from '../../app/auth/verify-totp.ts';
import { requireLiveSession } from '../auth/live-session.ts';
import { sourceIpOf } from '../auth/request-origin.ts';
import type { HttpDeps } from '../http-deps.ts';
import { withRetryAfter } from './auth-routes.ts';
import { body, CodeInputSchema, errors, json, StageSchema } from './auth-schemas.ts';

const tags = ['auth'];
const secondStep = (path: string, summary: string, result: z.ZodType) =>
  createRoute({
    method: 'post',
    path,
    tags,
    security: [],
    summary,
    request: body(CodeInputSchema),
    responses: {
      200: json(result, 'Verified'),
      400: errors[400],
      401: errors[401],
      403: errors[403],
      409: errors[409],
      429: errors[429],
    },
  });

const totpRoute = secondStep(
  '/api/v1/auth/totp',
  'Second step of a login: the code the authenticator app shows',
  z.object({ stage: StageSchema }),
);
const recoveryRoute = secondStep(
  '/api/v1/auth/recovery',
  'Second step with a recovery code instead (each works once)',
  z.object({ stage: StageSchema, codesLeft: z.number().int() }),
);
const enrollRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/totp/enroll',
  tags,
  security: [],
  summary: 'Start enrolling an authenticator: a new secret and its otpauth:// URI (for a QR code)',
  responses: {
    200: json(z.object({ secret: z.string(), uri: z.string() }), 'Scan or type it, then confirm with a code'),
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});
const confirmRoute = secondStep(
  '/api/v1/auth/totp/confirm',
  'Confirm enrolment with a code from the new authenticator; returns recovery codes, shown this once',
  z.object({ stage: StageSchema, recoveryCodes: z.array(z.string()) }),
);

export function registerMfaRoutes(app: OpenAPIHono, deps: HttpDeps, auth: AuthDeps): void {
  app.openapi(totpRoute, async (c) => {
    const live = requireLiveSession(c);
    const { code } = c.req.valid('json');
    const stage = await withRetryAfter(c, () =>
      verifyTotp(auth, { ...live, code, sourceIp: sourceIpOf(c, deps.ipAllow) }),
    );
    return c.json({ stage }, 200);
  });
  app.openapi(recoveryRoute, async (c) => {
    const live = requireLiveSession(c);
    const { code } = c.req.valid('json');
    const result = await withRetryAfter(c, () =>
      useRecoveryCode(auth, { ...live, code, sourceIp: sourceIpOf(c, deps.ipAllow) }),
    );
    return c.json(result, 200);
  });
  app.openapi(enrollRoute, async (c) => {
    const live = requireLiveSession(c);
    return c.json(await enrollTotp(auth, live), 200);
  });
  app.openapi(confirmRoute, async (c) => {
    const live = requireLiveSession(c);
    const { code } = c.req.valid('json');
    const { recoveryCodes } = await confirmTotp(auth, { ...live, code });
    return c.json({ stage: 'complete' as const, recoveryCodes }, 200);
  });
}
