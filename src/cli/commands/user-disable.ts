import type { Command } from 'commander';
import { disableUser } from '../../app/auth/disable-user.ts';
import { cliActor, withAuthCli } from '../auth-cli.ts';

export function registerUserDisable(user: Command): void {
  user
    .command('disable')
    .description('disable an account: no more logins, and its sessions end now')
    .argument('<account>', 'e-mail address or id')
    .action(async (account: string) => {
      const result = await withAuthCli((deps) => disableUser(deps, { user: account, actor: cliActor() }));
      console.log(`disabled ${result.user.email}; ${result.sessionsEnded} session(s) ended`);
    });
}
