import type { Command } from 'commander';
import { resetMfa } from '../../app/auth/reset-mfa.ts';
import { cliActor, withAuthCli } from '../auth-cli.ts';

export function registerUserResetMfa(user: Command): void {
  user
    .command('reset-mfa')
    .description("remove an account's authenticator and recovery codes (lost phone); it enrols again at next login")
    .argument('<account>', 'e-mail address or id')
    .action(async (account: string) => {
      const result = await withAuthCli((deps) => resetMfa(deps, { user: account, actor: cliActor() }));
      console.log(`reset the second factor of ${result.user.email}; ${result.sessionsEnded} session(s) ended`);
    });
}
