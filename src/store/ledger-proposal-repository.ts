import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type {
  LedgerProposal,
  LedgerProposalDecision,
  LedgerProposalRepository,
  LedgerProposalStatus,
  LedgerProposalSummary,
} from '../app/ledger-proposal-ports.ts';
import { AppError } from '../core/app-error.ts';
import type { Database } from './database.ts';
import type { LedgerProposalsTable } from './ledger-proposal-tables.ts';
import { compact, optionalDate, toDate } from './row-values.ts';

const SUMMARY_COLUMNS = [
  'id',
  'status',
  'ledger_id',
  'content_hash',
  'comment',
  'proposed_by',
  'proposed_at',
  'base_version',
  'decided_by',
  'decided_at',
  'decision_comment',
  'version',
] as const;

const SourcesSchema = z.array(z.object({ file: z.string(), text: z.string() }));
const StatusSchema = z.enum(['pending', 'approved', 'rejected']);

export class KyselyLedgerProposalRepository implements LedgerProposalRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(p: LedgerProposal): Promise<void> {
    await this.#db
      .insertInto('ledger_proposals')
      .values({
        id: p.id,
        status: p.status,
        ledger_id: p.ledgerId,
        content_hash: p.contentHash,
        comment: p.comment,
        sources_json: JSON.stringify(p.sources),
        proposed_by: p.proposedBy,
        proposed_at: p.proposedAt.toISOString(),
        base_version: p.baseVersion ?? null,
        decided_by: p.decidedBy ?? null,
        decided_at: p.decidedAt?.toISOString() ?? null,
        decision_comment: p.decisionComment ?? null,
        version: p.version ?? null,
      })
      .execute();
  }

  async get(id: string): Promise<LedgerProposal | undefined> {
    const row = await this.#db.selectFrom('ledger_proposals').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) return undefined;
    const sources = SourcesSchema.safeParse(JSON.parse(row.sources_json));
    if (!sources.success) throw new AppError('INTERNAL', `stored ledger proposal ${id} has unreadable sources`);
    return { ...toSummary(row), sources: sources.data };
  }

  async list(
    filter: { readonly status?: LedgerProposalStatus },
    page: { readonly limit: number; readonly offset: number },
  ): Promise<{ items: readonly LedgerProposalSummary[]; total: number }> {
    let query = this.#db.selectFrom('ledger_proposals');
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    const [rows, count] = await Promise.all([
      query
        .select(SUMMARY_COLUMNS)
        .orderBy('proposed_at', 'desc')
        .orderBy('id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toSummary), total: Number(count.count) };
  }

  async decide(id: string, decision: LedgerProposalDecision): Promise<boolean> {
    // Only a pending proposal changes, in one statement: of two concurrent decisions exactly one wins.
    const result = await this.#db
      .updateTable('ledger_proposals')
      .set({
        status: decision.status,
        decided_by: decision.decidedBy,
        decided_at: decision.decidedAt.toISOString(),
        decision_comment: decision.decisionComment ?? null,
        version: decision.version ?? null,
      })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function toSummary(row: Omit<Selectable<LedgerProposalsTable>, 'sources_json'>): LedgerProposalSummary {
  const status = StatusSchema.safeParse(row.status);
  if (!status.success) throw new AppError('INTERNAL', `stored ledger proposal ${row.id} has an unknown status`);
  return compact({
    id: row.id,
    status: status.data,
    ledgerId: row.ledger_id,
    contentHash: row.content_hash,
    comment: row.comment,
    proposedBy: row.proposed_by,
    proposedAt: toDate(row.proposed_at, 'ledger_proposals.proposed_at'),
    baseVersion: row.base_version === null ? undefined : Number(row.base_version),
    decidedBy: row.decided_by ?? undefined,
    decidedAt: optionalDate(row.decided_at, 'ledger_proposals.decided_at'),
    decisionComment: row.decision_comment ?? undefined,
    version: row.version === null ? undefined : Number(row.version),
  });
}
