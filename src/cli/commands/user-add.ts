import type { Command } from 'commander';
import { createUser } from '../../app/auth/create-user.ts';
import type { SystemRole } from '../../core/auth/principal.ts';
import { cliActor, collect, systemRole, withAuthCli } from '../auth-cli.ts';

export function registerUserAdd(user: Command): void {
  user
    .command('add')
    .description('create an individual account; its temporary password is printed once and must be changed')
    .requiredOption('--email <address>', 'login name')
    .requiredOption('--role <role>', 'Mamori role (repeatable): administrator, privacy-staff, ...', systemRole, [])
    .option('--operator <id>', 'operator the account sees (repeatable)', collect, [])
    .option('--all-operators', 'the account sees every operator of the group')
    .option('--name <text>', 'display name')
    .option('--json', 'print JSON')
    .action(
      async (options: {
        email: string;
        role: SystemRole[];
        operator: string[];
        allOperators?: boolean;
        name?: string;
        json?: boolean;
      }) => {
        const operators = options.allOperators ? 'all' : options.operator;
        const { user, password } = await withAuthCli((deps) =>
          createUser(deps, {
            email: options.email,
            roles: options.role,
            operators,
            ...(options.name ? { displayName: options.name } : {}),
            actor: cliActor(),
          }),
        );
        if (options.json) {
          console.log(JSON.stringify({ id: user.id, email: user.email, password }, null, 2));
          return;
        }
        const scope = user.operators === 'all' ? 'all operators' : user.operators.join(', ');
        console.log(`created ${user.email} (${user.id}): ${user.roles.join(', ')}; ${scope}`);
        console.log(`temporary password: ${password}`);
        console.log('shown only this once; it must be changed at the first login, then an authenticator enrolled');
      },
    );
}
