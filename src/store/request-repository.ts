import type { Kysely, Selectable } from 'kysely';
import type { Page } from '../app/consent-ports.ts';
import type {
  Delivery,
  DownloadEvent,
  RequestDocument,
  RequestFilter,
  RequestRepository,
  RequestWrites,
} from '../app/requests/request-ports.ts';
import { AppError } from '../core/app-error.ts';
import type { PrivacyRequest, RequestEvent } from '../core/requests/privacy-request.ts';
import type { Database } from './database.ts';
import type { EvidenceWriter } from './evidence-writer.ts';
import { fromEventRow, fromRequestRow, toEventRow, toRequestRow } from './request-row.ts';
import type { RequestDeliveriesTable } from './request-tables.ts';
import { compact, optionalDate, toDate } from './row-values.ts';

// Thrown inside a transaction to undo it: the compare-and-set lost, so nothing of the change may land.
const STALE = Symbol('stale version');

export class KyselyRequestRepository implements RequestRepository {
  readonly #db: Kysely<Database>;
  readonly #writer: EvidenceWriter | undefined;

  /** With the evidence writer, a change and its evidence entries commit in one transaction. */
  constructor(db: Kysely<Database>, writer?: EvidenceWriter) {
    this.#db = db;
    this.#writer = writer;
  }

  /** Runs `work` in a transaction of its own, or in the evidence writer's that appends `writes.evidence`. */
  #chained(writes: RequestWrites, work: (db: Kysely<Database>) => Promise<void>): Promise<void> {
    const evidence = writes.evidence ?? [];
    const all = async (db: Kysely<Database>) => {
      await work(db);
      for (const d of writes.documents ?? []) await insertDocument(db, d);
      if (writes.delivery !== undefined) await insertDelivery(db, writes.delivery);
    };
    if (evidence.length === 0) return this.#db.transaction().execute(all);
    if (this.#writer === undefined) throw new AppError('INTERNAL', 'this store cannot chain evidence to requests');
    return this.#writer.appendWith(evidence, all);
  }

  async create(request: PrivacyRequest, event: RequestEvent, writes: RequestWrites = {}): Promise<void> {
    await this.#chained(writes, async (tx) => {
      await tx.insertInto('requests').values(toRequestRow(request)).execute();
      await tx.insertInto('request_events').values(toEventRow(event)).execute();
    });
  }

  async get(id: string): Promise<PrivacyRequest | undefined> {
    const row = await this.#db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromRequestRow(row);
  }

  async byTrackingCode(code: string): Promise<PrivacyRequest | undefined> {
    const row = await this.#db.selectFrom('requests').selectAll().where('tracking_code', '=', code).executeTakeFirst();
    return row === undefined ? undefined : fromRequestRow(row);
  }

  async findByDuplicateKey(key: string, since: Date): Promise<readonly PrivacyRequest[]> {
    const rows = await this.#db
      .selectFrom('requests')
      .selectAll()
      .where('duplicate_key', '=', key)
      .where('received_at', '>=', since.toISOString())
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(fromRequestRow);
  }

  async update(
    request: PrivacyRequest,
    expectedVersion: number,
    event: RequestEvent,
    writes: RequestWrites = {},
  ): Promise<boolean> {
    const { id: _id, tracking_code: _code, ...row } = toRequestRow(request);
    try {
      await this.#chained(writes, async (tx) => {
        const result = await tx
          .updateTable('requests')
          .set(row)
          .where('id', '=', request.id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw STALE;
        await tx.insertInto('request_events').values(toEventRow(event)).execute();
      });
      return true;
    } catch (error) {
      if (error === STALE) return false;
      throw error;
    }
  }

  async list(filter: RequestFilter, page: Page): Promise<{ items: readonly PrivacyRequest[]; total: number }> {
    let query = this.#db.selectFrom('requests');
    if (filter.operators !== undefined) {
      if (filter.operators.length === 0) return { items: [], total: 0 };
      query = query.where('operator', 'in', [...filter.operators]);
    }
    if (filter.status !== undefined) {
      if (filter.status.length === 0) return { items: [], total: 0 };
      query = query.where('status', 'in', [...filter.status]);
    }
    if (filter.type !== undefined) query = query.where('type', '=', filter.type);
    if (filter.dueBefore !== undefined) query = query.where('due_at', '<', filter.dueBefore.toISOString());
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy('due_at', 'asc').orderBy('id', 'asc').limit(page.limit).offset(page.offset).execute(),
      query.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(fromRequestRow), total: Number(count.count) };
  }

  async events(requestId: string): Promise<readonly RequestEvent[]> {
    const rows = await this.#db
      .selectFrom('request_events')
      .selectAll()
      .where('request_id', '=', requestId)
      .orderBy('seq', 'asc')
      .execute();
    return rows.map(fromEventRow);
  }

  async addDocument(d: RequestDocument): Promise<void> {
    await insertDocument(this.#db, d);
  }

  async documents(requestId: string): Promise<readonly RequestDocument[]> {
    const rows = await this.#db
      .selectFrom('request_documents')
      .selectAll()
      .where('request_id', '=', requestId)
      .orderBy('uploaded_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      requestId: row.request_id,
      kind: documentKind(row.kind),
      fileName: row.file_name,
      mediaType: row.media_type,
      content: new Uint8Array(row.content),
      encrypted: Number(row.encrypted) === 1,
      uploadedAt: toDate(row.uploaded_at, 'request_documents.uploaded_at'),
    }));
  }

  async purgeDocuments(requestId: string): Promise<number> {
    const result = await this.#db
      .deleteFrom('request_documents')
      .where('request_id', '=', requestId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async addDelivery(d: Delivery): Promise<void> {
    await insertDelivery(this.#db, d);
  }

  async deliveryByTokenHash(tokenHash: string): Promise<Delivery | undefined> {
    const row = await this.#db
      .selectFrom('request_deliveries')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row === undefined ? undefined : toDelivery(row);
  }

  async deliveries(requestId: string): Promise<readonly Delivery[]> {
    const rows = await this.#db
      .selectFrom('request_deliveries')
      .selectAll()
      .where('request_id', '=', requestId)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map(toDelivery);
  }

  async countDownload(deliveryId: string): Promise<boolean> {
    const result = await this.#db
      .updateTable('request_deliveries')
      .set((eb) => ({ downloads: eb('downloads', '+', 1) }))
      .where('id', '=', deliveryId)
      .whereRef('downloads', '<', 'max_downloads')
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async revokeDelivery(deliveryId: string, at: Date): Promise<boolean> {
    const result = await this.#db
      .updateTable('request_deliveries')
      .set({ revoked_at: at.toISOString() })
      .where('id', '=', deliveryId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async addDownloadEvent(e: DownloadEvent): Promise<void> {
    await this.#db
      .insertInto('request_download_events')
      .values({ delivery_id: e.deliveryId, at: e.at.toISOString(), outcome: e.outcome, address: e.address ?? null })
      .execute();
  }

  async downloadEvents(requestId: string): Promise<readonly DownloadEvent[]> {
    const rows = await this.#db
      .selectFrom('request_download_events as e')
      .innerJoin('request_deliveries as d', 'd.id', 'e.delivery_id')
      .select(['e.delivery_id', 'e.at', 'e.outcome', 'e.address'])
      .where('d.request_id', '=', requestId)
      .orderBy('e.at', 'asc')
      .execute();
    return rows.map((row) =>
      compact({
        deliveryId: row.delivery_id,
        at: toDate(row.at, 'request_download_events.at'),
        outcome: row.outcome as DownloadEvent['outcome'],
        address: row.address ?? undefined,
      }),
    );
  }
}

async function insertDocument(db: Kysely<Database>, d: RequestDocument): Promise<void> {
  await db
    .insertInto('request_documents')
    .values({
      id: d.id,
      request_id: d.requestId,
      kind: d.kind,
      file_name: d.fileName,
      media_type: d.mediaType,
      content: d.content,
      encrypted: d.encrypted ? 1 : 0,
      uploaded_at: d.uploadedAt.toISOString(),
    })
    .execute();
}

async function insertDelivery(db: Kysely<Database>, d: Delivery): Promise<void> {
  await db
    .insertInto('request_deliveries')
    .values({
      id: d.id,
      request_id: d.requestId,
      kind: d.kind,
      token_hash: d.tokenHash ?? null,
      allowed_person_hash: d.allowedPersonHash ?? null,
      expires_at: d.expiresAt?.toISOString() ?? null,
      max_downloads: d.maxDownloads,
      downloads: d.downloads,
      revoked_at: d.revokedAt?.toISOString() ?? null,
      created_at: d.createdAt.toISOString(),
      created_by: d.createdBy,
      dispatch_json:
        d.dispatch === undefined ? null : JSON.stringify({ ...d.dispatch, at: d.dispatch.at.toISOString() }),
    })
    .execute();
}

const DOCUMENT_KINDS = ['identity', 'agent-authority', 'response'] as const;

function documentKind(kind: string): RequestDocument['kind'] {
  const found = DOCUMENT_KINDS.find((k) => k === kind);
  if (found === undefined) throw new AppError('INTERNAL', `stored document kind "${kind}" is unknown`);
  return found;
}

function toDelivery(row: Selectable<RequestDeliveriesTable>): Delivery {
  const dispatch =
    row.dispatch_json === null
      ? undefined
      : (JSON.parse(row.dispatch_json) as { method: string; reference?: string; at: string });
  return compact({
    id: row.id,
    requestId: row.request_id,
    kind: row.kind === 'paper' ? ('paper' as const) : ('download' as const),
    tokenHash: row.token_hash ?? undefined,
    allowedPersonHash: row.allowed_person_hash ?? undefined,
    expiresAt: optionalDate(row.expires_at, 'request_deliveries.expires_at'),
    maxDownloads: Number(row.max_downloads),
    downloads: Number(row.downloads),
    revokedAt: optionalDate(row.revoked_at, 'request_deliveries.revoked_at'),
    createdAt: toDate(row.created_at, 'request_deliveries.created_at'),
    createdBy: row.created_by,
    dispatch: dispatch === undefined ? undefined : { ...dispatch, at: new Date(dispatch.at) },
  });
}
