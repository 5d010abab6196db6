import type { Command } from 'commander';
import { registerTokenCommands } from './token-commands.ts';
import { registerUserAdd } from './user-add.ts';
import { registerUserDisable } from './user-disable.ts';
import { registerUserList } from './user-list.ts';
import { registerUserResetMfa } from './user-reset-mfa.ts';

/** `mamori user` (individual accounts) and `mamori token` (API tokens for applications). */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description("Mamori's individual accounts");
  registerUserAdd(user);
  registerUserList(user);
  registerUserDisable(user);
  registerUserResetMfa(user);
  registerTokenCommands(program);
}
