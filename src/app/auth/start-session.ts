import { randomUUID } from 'node:crypto';
import type { AuthDeps } from './auth-deps.ts';
import type { Session } from './auth-ports.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/** Opens a console session: a random cookie value for the browser, only its hash in the store. */
export async function startSession(
  deps: Pick<AuthDeps, 'store'>,
  input: { userId: string; at: Date; sourceIp: string; userAgent?: string | undefined },
): Promise<{ session: Session; token: string }> {
  const token = newSecret('mms_');
  const session: Session = {
    id: randomUUID(),
    userId: input.userId,
    tokenHash: hashSecret(token),
    createdAt: input.at,
    lastSeenAt: input.at,
    sourceIp: input.sourceIp,
    ...(input.userAgent ? { userAgent: input.userAgent.slice(0, 256) } : {}),
  };
  await deps.store.sessions.create(session);
  return { session, token };
}
