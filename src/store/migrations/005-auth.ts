import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/** 005: accounts (roles, operator scopes, recovery codes), console sessions, API tokens and login attempts. */
export function authMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('email', 'text', (col) => col.notNull().unique())
        .addColumn('display_name', 'text')
        .addColumn('password_hash', 'text', (col) => col.notNull())
        .addColumn('password_changed_at', time, (col) => col.notNull())
        .addColumn('must_change_password', 'integer', (col) => col.notNull())
        .addColumn('totp_secret', 'text')
        .addColumn('totp_enabled_at', time)
        .addColumn('totp_last_step', 'integer')
        .addColumn('pending_totp_secret', 'text')
        .addColumn('disabled_at', time)
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('created_by', 'text', (col) => col.notNull())
        .execute();
      for (const [table, column] of [
        ['user_roles', 'role'],
        ['user_operators', 'operator'],
      ] as const) {
        await db.schema
          .createTable(table)
          .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
          .addColumn(column, 'text', (col) => col.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ['user_id', column])
          .execute();
      }
      await db.schema
        .createTable('recovery_codes')
        .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('code_hash', 'text', (col) => col.notNull())
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('used_at', time)
        .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (col) => col.notNull().unique())
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('last_seen_at', time, (col) => col.notNull())
        .addColumn('mfa_verified_at', time)
        .addColumn('revoked_at', time)
        .addColumn('revoked_reason', 'text')
        .addColumn('source_ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('token_hash', 'text', (col) => col.notNull().unique())
        .addColumn('operators_json', 'text', (col) => col.notNull())
        .addColumn('ledger_roles_json', 'text', (col) => col.notNull())
        .addColumn('purposes_json', 'text', (col) => col.notNull())
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('created_by', 'text', (col) => col.notNull())
        .addColumn('expires_at', time, (col) => col.notNull())
        .addColumn('revoked_at', time)
        .addColumn('last_used_at', time)
        .execute();

      await db.schema
        .createTable('login_attempts')
        // Insertion order: "failures since the last success" must not depend on two attempts' timestamps differing.
        .addColumn('seq', kind === 'postgres' ? 'bigserial' : 'integer', (col) =>
          kind === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
        )
        .addColumn('id', 'text', (col) => col.notNull().unique())
        .addColumn('at', time, (col) => col.notNull())
        .addColumn('account', 'text', (col) => col.notNull())
        .addColumn('user_id', 'text')
        .addColumn('source_ip', 'text', (col) => col.notNull())
        .addColumn('step', 'text', (col) => col.notNull())
        .addColumn('outcome', 'text', (col) => col.notNull())
        .addColumn('failed', 'integer', (col) => col.notNull())
        .execute();
      // Throttling asks "failures from this address since" and "for this account since" on every login.
      await db.schema.createIndex('login_attempts_ip_idx').on('login_attempts').columns(['source_ip', 'at']).execute();
      await db.schema
        .createIndex('login_attempts_account_idx')
        .on('login_attempts')
        .columns(['account', 'at'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of [
        'login_attempts',
        'api_tokens',
        'sessions',
        'recovery_codes',
        'user_operators',
        'user_roles',
        'users',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
