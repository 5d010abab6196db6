import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { placeHold, releaseHold } from '../../app/retention/legal-holds.ts';
import { AppError } from '../../core/app-error.ts';
import { type PersonIdentity, PersonIdentitySchema } from '../../core/dataset/person-identity.ts';
import { type HoldScope, HoldScopeSchema } from '../../core/retention/legal-hold.ts';
import { withRetention } from './retention-cli-context.ts';

interface HoldOptions {
  person?: string;
  operator?: string;
  system?: string;
  email?: string;
  staffNumber?: string;
  myNumber?: string;
  name?: string;
  birthDate?: string;
  reason: string;
  owner: string;
  actor: string;
}

/** `mamori retention holds|hold|release`: legal holds stop disposal of what they cover. */
export function registerRetentionHoldCommands(retention: Command): void {
  retention
    .command('holds')
    .description('legal holds (active ones; --all for released too)')
    .option('--all', 'released holds too')
    .option('--json', 'print JSON')
    .action((o: { all?: boolean; json?: boolean }) =>
      withRetention(
        async (deps) => {
          const holds = await deps.store.retention.holds(o.all ? {} : { active: true });
          if (o.json) return void console.log(JSON.stringify(holds, null, 2));
          if (holds.length === 0) console.log('no legal holds');
          for (const h of holds) {
            const what =
              h.scope.kind === 'person'
                ? h.scope.subject
                : h.scope.kind === 'operator'
                  ? h.scope.operator
                  : h.scope.system;
            const state = h.released ? `released ${h.released.at.toISOString()}` : 'active';
            console.log(
              `${h.id}  ${h.scope.kind} ${what}  ${state}  owner ${h.owner}  placed ${h.placedAt.toISOString()} by ${h.placedBy}  ${h.reason}`,
            );
          }
        },
        { connect: false },
      ),
    );
  retention
    .command('hold')
    .description('place a legal hold on a person, an operator or a system')
    .option('--person <subject>', 'a person, named by a subject id or case reference (give one identity below)')
    .option('--operator <id>', 'an operator of the ledger')
    .option('--system <id>', 'a system of the ledger')
    .option('--email <address>', "the person's e-mail address")
    .option('--staff-number <number>', "the person's staff or employee number")
    .option('--my-number <digits>', "the person's My Number")
    .option('--name <name>', "the person's name (with --birth-date)")
    .option('--birth-date <date>', "the person's date of birth")
    .requiredOption('--reason <text>', 'why (litigation, investigation, audit)')
    .requiredOption('--owner <name>', 'who is responsible for the hold')
    .option('--actor <name>', 'who places it (default: the login name)', actorOption())
    .action((o: HoldOptions) =>
      withRetention(
        async (deps) => {
          const identity = identityOf(o);
          const hold = await placeHold(
            deps,
            { scope: scopeOf(o), ...(identity ? { identity } : {}), reason: o.reason, owner: o.owner },
            o.actor,
          );
          console.log(`placed legal hold ${hold.id}`);
        },
        { connect: false },
      ),
    );
  retention
    .command('release')
    .description('release a legal hold')
    .argument('<hold>', 'hold id')
    .requiredOption('--reason <text>', 'why it ends')
    .option('--actor <name>', 'who releases it (default: the login name)', actorOption())
    .action((id: string, o: { reason: string; actor: string }) =>
      withRetention(
        async (deps) => {
          await releaseHold(deps, id, o.reason, o.actor);
          console.log(`released legal hold ${id}`);
        },
        { connect: false },
      ),
    );
}

function scopeOf(o: HoldOptions): HoldScope {
  const given = [o.person, o.system, o.person ? undefined : o.operator].filter((v) => v !== undefined);
  if (given.length !== 1) throw new AppError('VALIDATION', 'give exactly one of --person, --operator or --system');
  const raw = o.person
    ? { kind: 'person', subject: o.person, ...(o.operator ? { operator: o.operator } : {}) }
    : o.system
      ? { kind: 'system', system: o.system }
      : { kind: 'operator', operator: o.operator };
  const parsed = HoldScopeSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION', 'invalid hold', { issues: issuesOf(parsed.error, 'scope') });
  return parsed.data;
}

function identityOf(o: HoldOptions): PersonIdentity | undefined {
  const raw = o.email
    ? { kind: 'email', email: o.email }
    : o.staffNumber
      ? { kind: 'staff-number', staffNumber: o.staffNumber }
      : o.myNumber
        ? { kind: 'my-number', myNumber: o.myNumber }
        : o.name
          ? { kind: 'name-birth', name: o.name, birthDate: o.birthDate ?? '' }
          : undefined;
  if (raw === undefined) return undefined;
  const parsed = PersonIdentitySchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError('VALIDATION', 'invalid identity', { issues: issuesOf(parsed.error, 'identity') });
  return parsed.data;
}

function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, at: string) {
  return error.issues.map((i) => ({ path: [at, ...i.path.map(String)].join('.'), message: i.message }));
}

/** Default actor of a command: MAMORI_AUTHOR or the login name, as the evidence log names CLI users. */
export function actorOption(): string {
  try {
    return `cli:${process.env.MAMORI_AUTHOR ?? userInfo().username}`;
  } catch {
    return 'cli:unknown';
  }
}
