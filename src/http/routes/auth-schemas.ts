import { z } from '@hono/zod-openapi';
import { MAX_PASSWORD_LENGTH } from '../../core/auth/password-policy.ts';
import { SYSTEM_ROLES } from '../../core/auth/principal.ts';
import { ErrorBodySchema } from '../error-body.ts';

export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const body = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

export const StageSchema = z
  .enum(['totp-required', 'password-change-required', 'totp-enrolment-required', 'complete'])
  .openapi('LoginStage', {
    description:
      'What the login still needs: a TOTP (or recovery) code, a new password, enrolling an authenticator; ' +
      'only a complete login acts as the user',
  });

const Operators = z.union([z.literal('all'), z.array(z.string().min(1).max(64)).max(100)]);

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    roles: z.array(z.enum(SYSTEM_ROLES)),
    operators: Operators,
    mfaEnrolled: z.boolean(),
  })
  .openapi('Account');

export const LoginInputSchema = z
  .object({
    email: z.string().min(1).max(320),
    // Longer passwords cannot exist (they are refused when set), so they are not worth hashing.
    password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  })
  .openapi('LoginInput');

export const LoginResultSchema = z
  .object({
    stage: StageSchema,
    /** Also in the mamori_csrf cookie; send it as x-csrf-token with every POST/PUT/PATCH/DELETE. */
    csrfToken: z.string(),
    account: AccountSchema,
    session: z.object({ id: z.string(), expiresAt: z.string() }),
  })
  .openapi('LoginResult');

export const CodeInputSchema = z.object({ code: z.string().min(1).max(64) });

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
    newPassword: z
      .string()
      .min(1)
      .max(MAX_PASSWORD_LENGTH * 2),
  })
  .openapi('PasswordChange');

export const SessionSchema = z
  .object({
    id: z.string(),
    current: z.boolean(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    mfaVerified: z.boolean(),
    active: z.boolean(),
    sourceIp: z.string().optional(),
    userAgent: z.string().optional(),
  })
  .openapi('Session');

export const MeSchema = z
  .union([
    z.object({
      kind: z.literal('user'),
      account: AccountSchema,
      stage: StageSchema,
      session: z.object({ id: z.string(), expiresAt: z.string(), mfaVerified: z.boolean() }),
    }),
    z.object({
      kind: z.literal('application'),
      name: z.string(),
      tokenId: z.string(),
      operators: Operators,
      ledgerRoles: z.array(z.string()),
      purposes: Operators,
    }),
  ])
  .openapi('Me');

export const TokenInputSchema = z
  .object({
    name: z
      .string()
      .max(64)
      .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'lower-case letters, digits, dots, dashes; up to 64')
      .openapi({ example: 'payroll-batch' }),
    operators: Operators,
    ledgerRoles: z.array(z.string().min(1).max(200)).max(50),
    purposes: z.union([z.literal('all'), z.array(z.string().min(1).max(200)).max(200)]),
    expiresInDays: z.number().int().optional(),
  })
  .openapi('ApiTokenInput');

export const TokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    operators: Operators,
    ledgerRoles: z.array(z.string()),
    purposes: Operators,
    createdAt: z.string(),
    createdBy: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().optional(),
    lastUsedAt: z.string().optional(),
    status: z.enum(['active', 'revoked', 'expired']),
  })
  .openapi('ApiToken');

export const errors = {
  400: json(ErrorBodySchema, 'Malformed request, or the password policy is not met (every reason in issues)'),
  401: json(ErrorBodySchema, 'Not logged in, or the credentials are wrong'),
  403: json(ErrorBodySchema, 'CSRF token missing or wrong, or not allowed'),
  404: json(ErrorBodySchema, 'Not found'),
  409: json(ErrorBodySchema, 'Not in this state (e.g. already enrolled)'),
  429: json(ErrorBodySchema, 'Too many failed logins; Retry-After says when to try again'),
} as const;
