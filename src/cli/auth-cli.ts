import { userInfo } from 'node:os';
import { InvalidArgumentError } from 'commander';
import type { AuthDeps } from '../app/auth/auth-deps.ts';
import { DEFAULT_AUTH_SETTINGS } from '../app/auth/auth-deps.ts';
import { argon2Hasher } from '../app/auth/password-hasher.ts';
import { systemClock } from '../app/system-clock.ts';
import { SYSTEM_ROLES, type SystemRole } from '../core/auth/principal.ts';
import { withCliStore } from './cli-store.ts';

export type CliAuthDeps = Pick<AuthDeps, 'store' | 'clock' | 'evidence' | 'hasher' | 'settings'>;

/** The account and token commands' dependencies over the configured store; changes go to its evidence log. */
export function withAuthCli<T>(work: (deps: CliAuthDeps) => Promise<T>): Promise<T> {
  return withCliStore((store) =>
    work({
      store,
      clock: systemClock,
      evidence: store.evidence,
      hasher: argon2Hasher(),
      settings: DEFAULT_AUTH_SETTINGS,
    }),
  );
}

/** Who runs the command, as the evidence log names them. */
export function cliActor(): string {
  try {
    return `cli:${process.env.MAMORI_AUTHOR ?? userInfo().username}`;
  } catch {
    return 'cli:unknown';
  }
}

/** Commander collector for repeatable options (--role a --role b, or --role a,b). */
export function collect(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== ''),
  ];
}

export function systemRole(value: string, previous: SystemRole[]): SystemRole[] {
  const roles = collect(value, []);
  for (const role of roles) {
    if (!(SYSTEM_ROLES as readonly string[]).includes(role)) {
      throw new InvalidArgumentError(`one of ${SYSTEM_ROLES.join(', ')}`);
    }
  }
  return [...previous, ...(roles as SystemRole[])];
}
