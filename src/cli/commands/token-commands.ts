import type { Command } from 'commander';
import { createApiToken } from '../../app/auth/create-api-token.ts';
import { listApiTokens } from '../../app/auth/list-api-tokens.ts';
import { revokeApiToken } from '../../app/auth/revoke-api-token.ts';
import type { Principal } from '../../core/auth/principal.ts';
import { cliActor, collect, withAuthCli } from '../auth-cli.ts';

// Whoever runs the CLI on the server holds the database: an administrator of every operator.
const CLI_PRINCIPAL: Principal = {
  kind: 'user',
  id: 'cli',
  roles: ['administrator'],
  operators: 'all',
  mfa: true,
  sessionId: 'cli',
};

/** `mamori token`: API tokens for applications and automation, without a console session. */
export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('API tokens for applications (shown once, stored hashed)');
  token
    .command('create')
    .description('issue a token; printed once')
    .requiredOption('--name <name>', "the application's name, e.g. payroll-batch")
    .option('--operator <id>', 'operator it may act for (repeatable; default: all)', collect, [])
    .option('--ledger-role <id>', 'ledger role it decides as (repeatable)', collect, [])
    .option('--purpose <id>', 'purpose it may decide for (repeatable; default: all)', collect, [])
    .option('--expires-days <n>', 'lifetime in days (default 90, at most 365)', (v) => Number.parseInt(v, 10))
    .action(
      async (o: {
        name: string;
        operator: string[];
        ledgerRole: string[];
        purpose: string[];
        expiresDays?: number;
      }) => {
        const { token: value, apiToken } = await withAuthCli((deps) =>
          createApiToken(deps, {
            name: o.name,
            operators: o.operator.length > 0 ? o.operator : 'all',
            ledgerRoles: o.ledgerRole,
            purposes: o.purpose.length > 0 ? o.purpose : 'all',
            ...(o.expiresDays === undefined ? {} : { expiresInDays: o.expiresDays }),
            creator: CLI_PRINCIPAL,
            actor: cliActor(),
          }),
        );
        console.log(`issued ${apiToken.name} (${apiToken.id}), expires ${apiToken.expiresAt.toISOString()}`);
        console.log(value);
      },
    );
  token
    .command('list')
    .description('tokens and their scope (never their values)')
    .action(async () => {
      const tokens = await withAuthCli((deps) => listApiTokens(deps));
      for (const t of tokens) {
        const list = (ids: readonly string[] | 'all') => (ids === 'all' ? 'all' : ids.join(','));
        console.log(
          `${t.id}  ${t.name}  ${t.status}  expires ${t.expiresAt.toISOString()}  operators:${list(t.operators)}  ` +
            `roles:${t.ledgerRoles.join(',')}  purposes:${list(t.purposes)}`,
        );
      }
    });
  token
    .command('revoke')
    .description('revoke a token now')
    .argument('<id>', 'token id (mamori token list)')
    .action(async (id: string) => {
      await withAuthCli((deps) => revokeApiToken(deps, { id, actor: cliActor() }));
      console.log(`revoked ${id}`);
    });
}
