import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Page, ProvisionRecord, ProvisionRepository, ReceiptRecord } from '../app/consent-ports.ts';
import { addYears } from '../app/years.ts';
import type { ProvisionRecordsTable, ReceiptRecordsTable } from './consent-tables.ts';
import type { Database } from './database.ts';
import { compact, toDate, toItems } from './row-values.ts';

/** RC-5: provision and receipt records are kept three years. */
const RETENTION_YEARS = 3;

export class KyselyProvisionRepository implements ProvisionRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async recordProvision(
    input: Omit<ProvisionRecord, 'firstProvidedAt' | 'lastProvidedAt' | 'count' | 'retainUntil'> & { at: Date },
  ): Promise<ProvisionRecord> {
    const items = [...input.items].sort();
    const at = input.at.toISOString();
    const retainUntil = addYears(input.at, RETENTION_YEARS).toISOString();
    // RC-2: repeated provision to the same party may share one record (never for opt-out); RC-5 then counts
    // three years from the last provision.
    const bulk = input.bulk && input.basis !== 'opt-out';
    const bulkKey = bulk
      ? [input.operator, input.recipient, input.subjectId, input.basis, items.join(',')].join('|')
      : null;
    const row = await this.#db
      .insertInto('provision_records')
      .values({
        id: input.id || randomUUID(),
        operator: input.operator,
        recipient: input.recipient,
        subject_id: input.subjectId,
        items_json: JSON.stringify(items),
        basis: input.basis,
        consent_id: input.consentId ?? null,
        bulk: bulk ? 1 : 0,
        bulk_key: bulkKey,
        first_provided_at: at,
        last_provided_at: at,
        count: 1,
        retain_until: retainUntil,
      })
      .onConflict((oc) =>
        oc.column('bulk_key').doUpdateSet({
          last_provided_at: at,
          retain_until: retainUntil,
          count: sql`provision_records.count + 1`,
          consent_id: (eb) => eb.ref('excluded.consent_id'),
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toProvision(row);
  }

  async listForSubject(subjectId: string): Promise<readonly ProvisionRecord[]> {
    const rows = await this.#db
      .selectFrom('provision_records')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .orderBy('first_provided_at')
      .orderBy('id')
      .execute();
    return rows.map(toProvision);
  }

  async list(
    filter: { recipient?: string; subjectId?: string; operators?: readonly string[] },
    page: Page,
  ): Promise<{ items: readonly ProvisionRecord[]; total: number }> {
    let query = this.#db.selectFrom('provision_records');
    if (filter.recipient !== undefined) query = query.where('recipient', '=', filter.recipient);
    if (filter.subjectId !== undefined) query = query.where('subject_id', '=', filter.subjectId);
    const operators = filter.operators;
    if (operators !== undefined) {
      query = operators.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('operator', 'in', operators);
    }
    const [rows, count] = await Promise.all([
      query
        .selectAll()
        .orderBy('last_provided_at', 'desc')
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toProvision), total: Number(count.count) };
  }

  async recordReceipt(r: ReceiptRecord): Promise<void> {
    await this.#db
      .insertInto('receipt_records')
      .values({
        id: r.id,
        operator: r.operator,
        provider_name: r.provider.name,
        provider_address: r.provider.address,
        provider_representative: r.provider.representative,
        provider_acquisition: r.providerAcquisition,
        subject_id: r.subjectId,
        items_json: JSON.stringify(r.items),
        consent_id: r.consentId ?? null,
        received_at: r.receivedAt.toISOString(),
        checked_by: r.checkedBy,
        retain_until: r.retainUntil.toISOString(),
      })
      .execute();
  }

  async listReceiptsForSubject(subjectId: string): Promise<readonly ReceiptRecord[]> {
    const rows = await this.#db
      .selectFrom('receipt_records')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .orderBy('received_at')
      .orderBy('id')
      .execute();
    return rows.map(toReceipt);
  }
}

function toProvision(row: Selectable<ProvisionRecordsTable>): ProvisionRecord {
  return compact({
    id: row.id,
    operator: row.operator,
    recipient: row.recipient,
    subjectId: row.subject_id,
    items: toItems(row.items_json, 'provision_records.items_json') ?? [],
    basis: row.basis as ProvisionRecord['basis'],
    consentId: row.consent_id ?? undefined,
    bulk: Number(row.bulk) === 1,
    firstProvidedAt: toDate(row.first_provided_at, 'provision_records.first_provided_at'),
    lastProvidedAt: toDate(row.last_provided_at, 'provision_records.last_provided_at'),
    count: Number(row.count),
    retainUntil: toDate(row.retain_until, 'provision_records.retain_until'),
  });
}

function toReceipt(row: Selectable<ReceiptRecordsTable>): ReceiptRecord {
  return compact({
    id: row.id,
    operator: row.operator,
    provider: { name: row.provider_name, address: row.provider_address, representative: row.provider_representative },
    providerAcquisition: row.provider_acquisition,
    subjectId: row.subject_id,
    items: toItems(row.items_json, 'receipt_records.items_json') ?? [],
    consentId: row.consent_id ?? undefined,
    receivedAt: toDate(row.received_at, 'receipt_records.received_at'),
    checkedBy: row.checked_by,
    retainUntil: toDate(row.retain_until, 'receipt_records.retain_until'),
  });
}
