import type { Command } from 'commander';
import { listUsers } from '../../app/auth/list-users.ts';
import { withAuthCli } from '../auth-cli.ts';

export function registerUserList(user: Command): void {
  user
    .command('list')
    .description('list accounts (never passwords or secrets)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const users = await withAuthCli((deps) => listUsers(deps));
      if (options.json) {
        console.log(JSON.stringify(users, null, 2));
        return;
      }
      if (users.length === 0) console.log('no accounts yet (mamori user add, or start the server once)');
      for (const u of users) {
        const flags = [
          u.disabled ? 'disabled' : 'active',
          u.mfaEnrolled ? 'mfa' : 'no-mfa',
          ...(u.mustChangePassword ? ['must-change-password'] : []),
        ];
        const scope = u.operators === 'all' ? 'all' : u.operators.join(',');
        console.log(`${u.email}  ${u.roles.join(',')}  operators:${scope}  ${flags.join(' ')}  ${u.id}`);
      }
    });
}
