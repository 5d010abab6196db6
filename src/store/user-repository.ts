import type { Kysely, Selectable } from 'kysely';
import type { NewUser, User, UserRepository } from '../app/auth/auth-ports.ts';
import { AppError } from '../core/app-error.ts';
import { SYSTEM_ROLES, type SystemRole } from '../core/auth/principal.ts';
import type { UsersTable } from './auth-tables.ts';
import type { Database } from './database.ts';
import { compact, optionalDate, toDate } from './row-values.ts';
import { isUniqueViolation } from './unique-violation.ts';

const ALL_OPERATORS = '*';

export class KyselyUserRepository implements UserRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(user: NewUser): Promise<User> {
    try {
      await this.#db.transaction().execute(async (tx) => {
        await tx
          .insertInto('users')
          .values({
            id: user.id,
            email: user.email,
            display_name: user.displayName ?? null,
            password_hash: user.passwordHash,
            password_changed_at: user.createdAt.toISOString(),
            must_change_password: user.mustChangePassword ? 1 : 0,
            created_at: user.createdAt.toISOString(),
            created_by: user.createdBy,
          })
          .execute();
        if (user.roles.length > 0) {
          await tx
            .insertInto('user_roles')
            .values([...new Set(user.roles)].map((role) => ({ user_id: user.id, role })))
            .execute();
        }
        const operators = user.operators === 'all' ? [ALL_OPERATORS] : [...new Set(user.operators)];
        if (operators.length > 0) {
          await tx
            .insertInto('user_operators')
            .values(operators.map((operator) => ({ user_id: user.id, operator })))
            .execute();
        }
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'an account with this e-mail address exists');
      throw error;
    }
    return (await this.get(user.id)) as User;
  }

  async get(id: string): Promise<User | undefined> {
    const row = await this.#db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? (await this.#withScopes([row]))[0] : undefined;
  }

  async findByEmail(email: string): Promise<User | undefined> {
    const row = await this.#db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row ? (await this.#withScopes([row]))[0] : undefined;
  }

  async list(): Promise<readonly User[]> {
    const rows = await this.#db.selectFrom('users').selectAll().orderBy('email').execute();
    return this.#withScopes(rows);
  }

  async count(): Promise<number> {
    const row = await this.#db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async setPassword(id: string, change: { hash: string; at: Date; mustChange: boolean }): Promise<void> {
    await this.#db
      .updateTable('users')
      .set({
        password_hash: change.hash,
        password_changed_at: change.at.toISOString(),
        must_change_password: change.mustChange ? 1 : 0,
      })
      .where('id', '=', id)
      .execute();
  }

  async setPendingTotp(id: string, secret: string | undefined): Promise<void> {
    await this.#db
      .updateTable('users')
      .set({ pending_totp_secret: secret ?? null })
      .where('id', '=', id)
      .execute();
  }

  async enableTotp(id: string, change: { secret: string; at: Date; step: number }): Promise<void> {
    await this.#db
      .updateTable('users')
      .set({
        totp_secret: change.secret,
        totp_enabled_at: change.at.toISOString(),
        totp_last_step: change.step,
        pending_totp_secret: null,
      })
      .where('id', '=', id)
      .execute();
  }

  async advanceTotpStep(id: string, step: number): Promise<boolean> {
    const result = await this.#db
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async clearTotp(id: string): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      await tx
        .updateTable('users')
        .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, pending_totp_secret: null })
        .where('id', '=', id)
        .execute();
      await tx.deleteFrom('recovery_codes').where('user_id', '=', id).execute();
    });
  }

  async disable(id: string, at: Date): Promise<boolean> {
    const result = await this.#db
      .updateTable('users')
      .set({ disabled_at: at.toISOString() })
      .where('id', '=', id)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async replaceRecoveryCodes(id: string, hashes: readonly string[], at: Date): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      await tx.deleteFrom('recovery_codes').where('user_id', '=', id).execute();
      if (hashes.length === 0) return;
      await tx
        .insertInto('recovery_codes')
        .values(hashes.map((code_hash) => ({ user_id: id, code_hash, created_at: at.toISOString(), used_at: null })))
        .execute();
    });
  }

  async useRecoveryCode(id: string, hash: string, at: Date): Promise<boolean> {
    const result = await this.#db
      .updateTable('recovery_codes')
      .set({ used_at: at.toISOString() })
      .where('user_id', '=', id)
      .where('code_hash', '=', hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async countRecoveryCodes(id: string): Promise<number> {
    const row = await this.#db
      .selectFrom('recovery_codes')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('user_id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async #withScopes(rows: readonly Selectable<UsersTable>[]): Promise<User[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [roles, operators] = await Promise.all([
      this.#db.selectFrom('user_roles').selectAll().where('user_id', 'in', ids).orderBy('role').execute(),
      this.#db.selectFrom('user_operators').selectAll().where('user_id', 'in', ids).orderBy('operator').execute(),
    ]);
    return rows.map((row) => {
      const own = operators.filter((o) => o.user_id === row.id).map((o) => o.operator);
      return toUser(
        row,
        roles.filter((r) => r.user_id === row.id).map((r) => toRole(r.role)),
        own.includes(ALL_OPERATORS) ? 'all' : own,
      );
    });
  }
}

function toRole(value: string): SystemRole {
  if (!(SYSTEM_ROLES as readonly string[]).includes(value)) {
    throw new AppError('INTERNAL', `stored user_roles.role "${value}" is not a Mamori role`);
  }
  return value as SystemRole;
}

function toUser(row: Selectable<UsersTable>, roles: SystemRole[], operators: string[] | 'all'): User {
  return compact({
    id: row.id,
    email: row.email,
    displayName: row.display_name ?? undefined,
    roles,
    operators,
    passwordHash: row.password_hash,
    passwordChangedAt: toDate(row.password_changed_at, 'users.password_changed_at'),
    mustChangePassword: row.must_change_password === 1,
    totpSecret: row.totp_secret ?? undefined,
    totpEnabledAt: optionalDate(row.totp_enabled_at, 'users.totp_enabled_at'),
    totpLastStep: row.totp_last_step ?? undefined,
    pendingTotpSecret: row.pending_totp_secret ?? undefined,
    disabledAt: optionalDate(row.disabled_at, 'users.disabled_at'),
    createdAt: toDate(row.created_at, 'users.created_at'),
    createdBy: row.created_by,
  });
}
