import type { Kysely, Selectable } from 'kysely';
import type { Session, SessionRepository } from '../app/auth/auth-ports.ts';
import type { SessionsTable } from './auth-tables.ts';
import type { Database } from './database.ts';
import { compact, optionalDate, toDate } from './row-values.ts';

export class KyselySessionRepository implements SessionRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(s: Session): Promise<void> {
    await this.#db
      .insertInto('sessions')
      .values({
        id: s.id,
        user_id: s.userId,
        token_hash: s.tokenHash,
        created_at: s.createdAt.toISOString(),
        last_seen_at: s.lastSeenAt.toISOString(),
        mfa_verified_at: s.mfaVerifiedAt?.toISOString() ?? null,
        revoked_at: s.revokedAt?.toISOString() ?? null,
        revoked_reason: s.revokedReason ?? null,
        source_ip: s.sourceIp ?? null,
        user_agent: s.userAgent ?? null,
      })
      .execute();
  }

  async findByTokenHash(tokenHash: string): Promise<Session | undefined> {
    const row = await this.#db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? toSession(row) : undefined;
  }

  async get(id: string): Promise<Session | undefined> {
    const row = await this.#db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSession(row) : undefined;
  }

  async listForUser(userId: string): Promise<readonly Session[]> {
    const rows = await this.#db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toSession);
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.#db.updateTable('sessions').set({ last_seen_at: at.toISOString() }).where('id', '=', id).execute();
  }

  async markMfaVerified(id: string, at: Date): Promise<void> {
    await this.#db.updateTable('sessions').set({ mfa_verified_at: at.toISOString() }).where('id', '=', id).execute();
  }

  async revoke(id: string, at: Date, reason: string): Promise<boolean> {
    const result = await this.#db
      .updateTable('sessions')
      .set({ revoked_at: at.toISOString(), revoked_reason: reason })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async revokeForUser(userId: string, at: Date, reason: string, exceptId?: string): Promise<number> {
    let query = this.#db
      .updateTable('sessions')
      .set({ revoked_at: at.toISOString(), revoked_reason: reason })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null);
    if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}

function toSession(row: Selectable<SessionsTable>): Session {
  return compact({
    id: row.id,
    userId: row.user_id,
    tokenHash: row.token_hash,
    createdAt: toDate(row.created_at, 'sessions.created_at'),
    lastSeenAt: toDate(row.last_seen_at, 'sessions.last_seen_at'),
    mfaVerifiedAt: optionalDate(row.mfa_verified_at, 'sessions.mfa_verified_at'),
    revokedAt: optionalDate(row.revoked_at, 'sessions.revoked_at'),
    revokedReason: row.revoked_reason ?? undefined,
    sourceIp: row.source_ip ?? undefined,
    userAgent: row.user_agent ?? undefined,
  });
}
