import type { ColumnType, Generated } from 'kysely';

/** Timestamps: timestamptz on PostgreSQL (read as Date), ISO-8601 UTC text on SQLite; written as ISO strings. */
type Time = ColumnType<Date | string, string, string>;
type NullableTime = ColumnType<Date | string | null, string | null, string | null>;

export interface UsersTable {
  id: string;
  email: string;
  display_name: string | null;
  password_hash: string;
  password_changed_at: Time;
  must_change_password: number;
  totp_secret: string | null;
  totp_enabled_at: NullableTime;
  totp_last_step: number | null;
  pending_totp_secret: string | null;
  disabled_at: NullableTime;
  created_at: Time;
  created_by: string;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
}

/** One row per operator the account may see; `*` means every operator of the group. */
export interface UserOperatorsTable {
  user_id: string;
  operator: string;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  created_at: Time;
  used_at: NullableTime;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Time;
  last_seen_at: Time;
  mfa_verified_at: NullableTime;
  revoked_at: NullableTime;
  revoked_reason: string | null;
  source_ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  operators_json: string;
  ledger_roles_json: string;
  purposes_json: string;
  created_at: Time;
  created_by: string;
  expires_at: Time;
  revoked_at: NullableTime;
  last_used_at: NullableTime;
}

export interface LoginAttemptsTable {
  /** Insertion order (bigserial on PostgreSQL, read back as text; INTEGER PRIMARY KEY on SQLite). */
  seq: Generated<number | string>;
  id: string;
  at: Time;
  account: string;
  user_id: string | null;
  source_ip: string;
  step: string;
  outcome: string;
  /** 1 when the outcome counts towards lockout. */
  failed: number;
}

export interface AuthTables {
  users: UsersTable;
  user_roles: UserRolesTable;
  user_operators: UserOperatorsTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
}
