import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { ApiToken, ApiTokenRepository } from '../app/auth/auth-ports.ts';
import { AppError } from '../core/app-error.ts';
import type { ApiTokensTable } from './auth-tables.ts';
import type { Database } from './database.ts';
import { compact, optionalDate, toDate } from './row-values.ts';

export class KyselyApiTokenRepository implements ApiTokenRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(t: ApiToken): Promise<void> {
    await this.#db
      .insertInto('api_tokens')
      .values({
        id: t.id,
        name: t.name,
        token_hash: t.tokenHash,
        operators_json: JSON.stringify(t.operators),
        ledger_roles_json: JSON.stringify(t.ledgerRoles),
        purposes_json: JSON.stringify(t.purposes),
        created_at: t.createdAt.toISOString(),
        created_by: t.createdBy,
        expires_at: t.expiresAt.toISOString(),
        revoked_at: t.revokedAt?.toISOString() ?? null,
        last_used_at: t.lastUsedAt?.toISOString() ?? null,
      })
      .execute();
  }

  async findByTokenHash(tokenHash: string): Promise<ApiToken | undefined> {
    const row = await this.#db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? toApiToken(row) : undefined;
  }

  async get(id: string): Promise<ApiToken | undefined> {
    const row = await this.#db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toApiToken(row) : undefined;
  }

  async list(): Promise<readonly ApiToken[]> {
    const rows = await this.#db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').execute();
    return rows.map(toApiToken);
  }

  async revoke(id: string, at: Date): Promise<boolean> {
    const result = await this.#db
      .updateTable('api_tokens')
      .set({ revoked_at: at.toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.#db.updateTable('api_tokens').set({ last_used_at: at.toISOString() }).where('id', '=', id).execute();
  }
}

const Ids = z.array(z.string());
const IdsOrAll = z.union([z.literal('all'), Ids]);

// JSON columns are an edge: validated on the way out.
function parseJson<T>(schema: z.ZodType<T>, value: string, column: string): T {
  const parsed = schema.safeParse(JSON.parse(value));
  if (!parsed.success) throw new AppError('INTERNAL', `stored ${column} is damaged`);
  return parsed.data;
}

function toApiToken(row: Selectable<ApiTokensTable>): ApiToken {
  return compact({
    id: row.id,
    name: row.name,
    tokenHash: row.token_hash,
    operators: parseJson(IdsOrAll, row.operators_json, 'api_tokens.operators_json'),
    ledgerRoles: parseJson(Ids, row.ledger_roles_json, 'api_tokens.ledger_roles_json'),
    purposes: parseJson(IdsOrAll, row.purposes_json, 'api_tokens.purposes_json'),
    createdAt: toDate(row.created_at, 'api_tokens.created_at'),
    createdBy: row.created_by,
    expiresAt: toDate(row.expires_at, 'api_tokens.expires_at'),
    revokedAt: optionalDate(row.revoked_at, 'api_tokens.revoked_at'),
    lastUsedAt: optionalDate(row.last_used_at, 'api_tokens.last_used_at'),
  });
}
