import type { Kysely } from 'kysely';
import type { PreferenceLink, PreferenceRepository } from '../app/privacy-center-ports.ts';
import { AppError } from '../core/app-error.ts';
import type { Database } from './database.ts';
import { toDate } from './row-values.ts';
import { isUniqueViolation } from './unique-violation.ts';

export class KyselyPreferenceRepository implements PreferenceRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async addLink(link: PreferenceLink): Promise<void> {
    await this.#db
      .insertInto('preference_links')
      .values({
        token_hash: link.tokenHash,
        email_digest: link.emailDigest,
        lang: link.lang,
        created_at: link.createdAt.toISOString(),
        expires_at: link.expiresAt.toISOString(),
      })
      .execute();
  }

  async findLink(tokenHash: string): Promise<PreferenceLink | undefined> {
    const row = await this.#db
      .selectFrom('preference_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    if (row.lang !== 'ja' && row.lang !== 'en') throw new AppError('INTERNAL', 'stored preference link is damaged');
    return {
      tokenHash: row.token_hash,
      emailDigest: row.email_digest,
      lang: row.lang,
      createdAt: toDate(row.created_at, 'preference_links.created_at'),
      expiresAt: toDate(row.expires_at, 'preference_links.expires_at'),
    };
  }

  async purgeLinks(before: Date): Promise<number> {
    const result = await this.#db
      .deleteFrom('preference_links')
      .where('expires_at', '<', before.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async subjectFor(emailDigest: string, newId: string, at: Date): Promise<string> {
    const existing = await this.findSubject(emailDigest);
    if (existing !== undefined) return existing;
    try {
      await this.#db
        .insertInto('preference_subjects')
        .values({ email_digest: emailDigest, subject_id: newId, created_at: at.toISOString() })
        .execute();
      return newId;
    } catch (error) {
      // Two tabs opened the same link at once: the first insert wins, both answer with its id.
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.findSubject(emailDigest);
      if (winner === undefined) throw error;
      return winner;
    }
  }

  async findSubject(emailDigest: string): Promise<string | undefined> {
    const row = await this.#db
      .selectFrom('preference_subjects')
      .select('subject_id')
      .where('email_digest', '=', emailDigest)
      .executeTakeFirst();
    return row?.subject_id;
  }
}
