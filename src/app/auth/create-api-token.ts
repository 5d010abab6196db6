import { randomUUID } from 'node:crypto';
import { AppError, type FieldIssue } from '../../core/app-error.ts';
import type { Principal } from '../../core/auth/principal.ts';
import type { Ledger } from '../../core/ledger/ledger.ts';
import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent } from './auth-evidence.ts';
import type { ApiToken } from './auth-ports.ts';
import { hashSecret, newSecret } from './secret-token.ts';

export interface NewApiToken {
  /** The application's name (its principal id), e.g. `payroll-batch`. */
  readonly name: string;
  readonly operators: readonly string[] | 'all';
  /** Ledger roles the application decides as. */
  readonly ledgerRoles: readonly string[];
  readonly purposes: readonly string[] | 'all';
  readonly expiresInDays?: number;
}

const DAY = 86_400_000;

/**
 * Issues an API token for an application. The token is returned once; only its SHA-256 is stored. It expires, and
 * it sees no operator its creator cannot see; operators, ledger roles and purposes must exist in the current ledger.
 */
export async function createApiToken(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence' | 'settings'>,
  input: NewApiToken & { creator: Principal; actor: string },
): Promise<{ token: string; apiToken: ApiToken }> {
  const { creator } = input;
  if (creator.kind !== 'user' || !creator.roles.includes('administrator')) {
    throw new AppError('FORBIDDEN', 'only administrators issue API tokens');
  }
  const issues: FieldIssue[] = [];
  if (creator.operators !== 'all') {
    const mine = creator.operators;
    const outside = input.operators === 'all' ? ['all'] : input.operators.filter((o) => !mine.includes(o));
    for (const o of outside) issues.push({ path: 'operators', message: `you cannot grant operator "${o}"` });
  }
  const days = input.expiresInDays ?? deps.settings.apiTokenDays.default;
  if (!Number.isInteger(days) || days < 1 || days > deps.settings.apiTokenDays.max) {
    issues.push({ path: 'expiresInDays', message: `between 1 and ${deps.settings.apiTokenDays.max} days` });
  }
  const ledger = (await deps.store.ledgerVersions.latest())?.ledger;
  if (ledger) issues.push(...unknownIds(ledger, input));
  if (issues.length > 0) throw new AppError('VALIDATION', 'the token cannot be issued as asked', { issues });

  const token = newSecret('mmr_');
  const at = deps.clock.now();
  const apiToken: ApiToken = {
    id: randomUUID(),
    name: input.name,
    tokenHash: hashSecret(token),
    operators: input.operators === 'all' ? 'all' : [...new Set(input.operators)],
    ledgerRoles: [...new Set(input.ledgerRoles)],
    purposes: input.purposes === 'all' ? 'all' : [...new Set(input.purposes)],
    createdAt: at,
    createdBy: input.actor,
    expiresAt: new Date(at.getTime() + days * DAY),
  };
  await deps.store.apiTokens.create(apiToken);
  await recordAuthEvent(deps.evidence, {
    actor: input.actor,
    at,
    action: 'api-token-created',
    payload: {
      token: apiToken.id,
      name: apiToken.name,
      operators: apiToken.operators,
      ledgerRoles: apiToken.ledgerRoles,
      purposes: apiToken.purposes,
      expiresAt: apiToken.expiresAt.toISOString(),
    },
  });
  return { token, apiToken };
}

function unknownIds(ledger: Ledger, input: NewApiToken): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const check = (path: string, ids: readonly string[] | 'all', known: readonly { id: string }[]) => {
    if (ids === 'all') return;
    const set = new Set(known.map((k) => k.id));
    ids.forEach((id, i) => {
      if (!set.has(id))
        issues.push({ path: `${path}[${i}]`, message: `the ledger has no ${path.slice(0, -1)} "${id}"` });
    });
  };
  check('operators', input.operators, ledger.operators);
  check('ledgerRoles', input.ledgerRoles, ledger.roles);
  check('purposes', input.purposes, ledger.purposes);
  return issues;
}
