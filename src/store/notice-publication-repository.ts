import type { Kysely } from 'kysely';
import type { NoticePublication, NoticePublicationRepository } from '../app/privacy-center-ports.ts';
import { AppError } from '../core/app-error.ts';
import type { Database } from './database.ts';
import { toDate } from './row-values.ts';
import { isUniqueViolation } from './unique-violation.ts';

export class KyselyNoticePublicationRepository implements NoticePublicationRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async add(publication: NoticePublication): Promise<void> {
    try {
      await this.#db
        .insertInto('notice_publications')
        .values({
          ledger_version: publication.ledgerVersion,
          published_at: publication.publishedAt.toISOString(),
          published_by: publication.publishedBy,
          comment: publication.comment,
        })
        .execute();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new AppError('CONFLICT', `ledger version ${publication.ledgerVersion} is already published`, {
        details: { rule: 'already-published' },
      });
    }
  }

  async list(): Promise<readonly NoticePublication[]> {
    const rows = await this.#db
      .selectFrom('notice_publications')
      .selectAll()
      .orderBy('published_at')
      .orderBy('ledger_version')
      .execute();
    return rows.map((row) => ({
      ledgerVersion: row.ledger_version,
      publishedAt: toDate(row.published_at, 'notice_publications.published_at'),
      publishedBy: row.published_by,
      comment: row.comment,
    }));
  }
}
