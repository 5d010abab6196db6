import type { Kysely } from 'kysely';
import type { EvidenceEvent, EvidenceLog, EvidenceReceipt } from '../app/evidence-log.ts';
import { AppError, type FieldIssue } from '../core/app-error.ts';
import { type Checkpoint, type EvidenceSigningKey, signCheckpoint } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import { type PreparedEvent, prepareEvidenceEvent } from '../core/evidence/prepare-event.ts';
import { type ChainState, inChainTransaction, readChainState } from './chain-transaction.ts';
import type { Database, StoreKind } from './database.ts';
import { insertChained, sealCheckpoint } from './evidence-inserts.ts';
import { type Appended, appendedOf, appendSpeculative, type SpeculativeChain } from './evidence-pipeline.ts';

export interface CheckpointPolicy {
  /** Seal at least every this many entries... */
  readonly entries: number;
  /** ...and every this many seconds while new entries arrive. */
  readonly seconds: number;
}

export interface EvidenceWriterOptions {
  readonly kind: StoreKind;
  /** Without a key the log still chains entries, but cannot sign checkpoints. */
  readonly signingKey?: EvidenceSigningKey | undefined;
  readonly checkpoints?: CheckpointPolicy | undefined;
  readonly now?: (() => Date) | undefined;
  /** Most entries committed in one transaction. */
  readonly maxBatch?: number | undefined;
  /**
   * Where appends without chained work go (evidence-pipeline.ts; openStore gives one, see
   * openEvidenceChain): PostgreSQL's own connection, or SQLite's writer thread. Without one, every append
   * runs in a transaction on `db`.
   */
  readonly chain?: SpeculativeChain | undefined;
}

export const DEFAULT_CHECKPOINTS: CheckpointPolicy = { entries: 1000, seconds: 60 };
const DEFAULT_MAX_BATCH = 5000;

/** Writes of the caller's own, run inside the appending transaction (see `appendWith`). */
export type ChainedWork<T> = (trx: Kysely<Database>) => Promise<T>;

interface Waiter {
  readonly events: readonly PreparedEvent[];
  readonly work?: ChainedWork<unknown>;
  resolve(receipts: readonly EvidenceReceipt[], result: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit: appends that arrive while a transaction is committing wait and go together in the next one
 * (one multi-row insert). A caller's promise resolves only after the commit that holds its entry, and fails
 * when that commit fails: nothing is reported recorded that is not durable.
 */
export class EvidenceWriter implements EvidenceLog {
  readonly #db: Kysely<Database>;
  readonly #kind: StoreKind;
  readonly #key: EvidenceSigningKey | undefined;
  readonly #policy: CheckpointPolicy;
  readonly #now: () => Date;
  readonly #maxBatch: number;
  readonly #timer: NodeJS.Timeout | undefined;
  #queue: Waiter[] = [];
  #draining: Promise<void> | undefined;
  #appendedSinceSeal = false;
  #sealing: Promise<void> | undefined;
  #closed = false;
  #commits = 0;
  #committed = 0;
  readonly #chain: SpeculativeChain | undefined;
  /** The state after this writer's last commit: the next batch is linked to it before the database confirms it. */
  #predicted: ChainState | undefined;

  constructor(db: Kysely<Database>, options: EvidenceWriterOptions) {
    this.#db = db;
    this.#kind = options.kind;
    this.#key = options.signingKey;
    this.#policy = options.checkpoints ?? DEFAULT_CHECKPOINTS;
    this.#now = options.now ?? (() => new Date());
    this.#maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
    this.#chain = options.chain;
    if (this.#key !== undefined && this.#policy.seconds > 0) {
      // Quiet periods still get sealed: a checkpoint at most `seconds` after the last entry.
      this.#timer = setInterval(() => {
        this.#sealing ??= this.#sealIfIdle().finally(() => {
          this.#sealing = undefined;
        });
      }, this.#policy.seconds * 1000);
      this.#timer.unref();
    }
  }

  async append(event: EvidenceEvent): Promise<EvidenceReceipt> {
    const [receipt] = await this.#enqueue([event], '');
    return receipt as EvidenceReceipt;
  }

  appendMany(events: readonly EvidenceEvent[]): Promise<readonly EvidenceReceipt[]> {
    return this.#enqueue(events, 'events');
  }

  /**
   * Runs `work` (a record's insert or update) in the transaction that appends `events`: the change and its
   * evidence commit together or not at all. If `work` throws, nothing of it and none of its events is stored,
   * and neighbours in the same group commit are retried without it.
   */
  async appendWith<T>(events: readonly EvidenceEvent[], work: ChainedWork<T>): Promise<T> {
    if (events.length === 0) throw new AppError('INTERNAL', 'a chained change needs at least one evidence event');
    const { result } = await this.#enqueueWith(events, 'events', work as ChainedWork<unknown>);
    return result as T;
  }

  /** Signs a checkpoint at `seq` (default: the head) unless one exists; returns the checkpoint at `seq`. */
  async seal(seq?: number): Promise<Checkpoint> {
    const key = this.#key;
    if (key === undefined) throw new AppError('UNPROCESSABLE', 'no evidence signing key: cannot sign a checkpoint');
    return sealCheckpoint(this.#db, this.#kind, { key, seq, at: this.#now() });
  }

  /** Transactions committed and entries in them: fewer commits than appends is group commit at work. */
  get stats(): { readonly commits: number; readonly entries: number } {
    return { commits: this.#commits, entries: this.#committed };
  }

  get signingKey(): EvidenceSigningKey | undefined {
    return this.#key;
  }

  /** Stops the timer and waits for queued appends to commit. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer !== undefined) clearInterval(this.#timer);
    while (this.#draining !== undefined || this.#sealing !== undefined) {
      await Promise.all([this.#draining, this.#sealing]);
    }
    await this.#chain?.close();
  }

  async #enqueue(events: readonly EvidenceEvent[], path: string): Promise<readonly EvidenceReceipt[]> {
    if (events.length === 0) {
      if (this.#closed) throw new AppError('INTERNAL', 'the evidence log is closed');
      return [];
    }
    return (await this.#enqueueWith(events, path, undefined)).receipts;
  }

  #enqueueWith(
    events: readonly EvidenceEvent[],
    path: string,
    work: ChainedWork<unknown> | undefined,
  ): Promise<{ receipts: readonly EvidenceReceipt[]; result: unknown }> {
    if (this.#closed) return Promise.reject(new AppError('INTERNAL', 'the evidence log is closed'));
    const prepared: PreparedEvent[] = [];
    const issues: FieldIssue[] = [];
    events.forEach((event, index) => {
      const result = prepareEvidenceEvent(event);
      if (result.ok) prepared.push(result.event);
      else {
        // Issue paths are written only for a refused event: `events.N` for each one cost more than its check.
        const named = path === '' ? result : prepareEvidenceEvent(event, `${path}.${index}`);
        if (!named.ok) issues.push(...named.issues);
      }
    });
    if (issues.length > 0) {
      return Promise.reject(new AppError('VALIDATION', 'evidence event refused: nothing was recorded', { issues }));
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({
        events: prepared,
        ...(work === undefined ? {} : { work }),
        resolve: (receipts, result) => resolve({ receipts, result }),
        reject,
      });
      this.#draining ??= this.#drain();
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        // One turn of the event loop first: callers just told "recorded" append again in their continuations,
        // and should ride this commit rather than the next.
        await new Promise((resolve) => setImmediate(resolve));
        const batch = this.#takeBatch();
        try {
          this.#settle(batch, await this.#commit(batch));
        } catch (error) {
          if (batch.length === 1) (batch[0] as Waiter).reject(error);
          // One caller's failure (a constraint, a value the database refuses) must not be its neighbours':
          // the batch rolled back as a whole, so each caller is tried again in a transaction of its own.
          else for (const waiter of batch) await this.#commitAlone(waiter);
        }
      }
    } finally {
      this.#draining = undefined;
    }
  }

  async #commitAlone(waiter: Waiter): Promise<void> {
    try {
      this.#settle([waiter], await this.#commit([waiter]));
    } catch (error) {
      waiter.reject(error);
    }
  }

  /** Called only after the commit returned: every receipt handed out is durable. */
  #settle(batch: readonly Waiter[], committed: { appended: Appended; results: readonly unknown[] }): void {
    const { appended, results } = committed;
    this.#commits++;
    this.#committed += appended.hashes.length;
    let offset = 0;
    batch.forEach((waiter, index) => {
      const receipts: EvidenceReceipt[] = new Array(waiter.events.length);
      for (let i = 0; i < receipts.length; i++) {
        receipts[i] = { seq: appended.firstSeq + offset + i, hash: appended.hashes[offset + i] as string };
      }
      offset += receipts.length;
      waiter.resolve(receipts, results[index]);
    });
  }

  /** Whole callers, oldest first, up to maxBatch entries (a larger single call goes alone). */
  #takeBatch(): Waiter[] {
    let size = 0;
    let count = 0;
    for (const waiter of this.#queue) {
      if (count > 0 && size + waiter.events.length > this.#maxBatch) break;
      size += waiter.events.length;
      count++;
    }
    return this.#queue.splice(0, count);
  }

  async #commit(batch: readonly Waiter[]): Promise<{ appended: Appended; results: unknown[] }> {
    try {
      const { appended, results, state } = await this.#commitEither(batch);
      const last = appended.last;
      this.#predicted = {
        head: last,
        checkpoint: this.#appendedSinceSeal ? state.checkpoint : { seq: last.seq, at: this.#now().getTime() },
      };
      return { appended, results };
    } catch (error) {
      this.#predicted = undefined;
      throw error;
    }
  }

  async #commitEither(
    batch: readonly Waiter[],
  ): Promise<{ appended: Appended; results: unknown[]; state: ChainState }> {
    const events = batch.flatMap((waiter) => waiter.events);
    const noWork = batch.every((waiter) => waiter.work === undefined);
    const results = batch.map(() => undefined);
    const seal = (state: ChainState, last: ChainRow) => {
      const checkpoint = this.#sealIfDue(state, last);
      this.#appendedSinceSeal = checkpoint === undefined;
      return checkpoint;
    };
    if (noWork && this.#chain !== undefined) {
      return { ...(await appendSpeculative(this.#chain, events, { predicted: this.#predicted, seal })), results };
    }
    return inChainTransaction(this.#db, this.#kind, async (trx) => {
      // Callers' own writes first (they may refuse, e.g. a compare-and-set that lost): then their evidence.
      const done: unknown[] = [];
      for (const waiter of batch) done.push(waiter.work === undefined ? undefined : await waiter.work(trx));
      const state = await readChainState(trx);
      let sealed = false;
      const rows = await insertChained(trx, this.#kind, state.head, {
        events,
        seal: (last) => {
          const checkpoint = this.#sealIfDue(state, last);
          sealed = checkpoint !== undefined;
          return checkpoint;
        },
      });
      this.#appendedSinceSeal = !sealed;
      return { appended: appendedOf(rows), results: done, state };
    });
  }

  #sealIfDue(state: ChainState, last: ChainRow): Checkpoint | undefined {
    const key = this.#key;
    if (key === undefined || !this.#due(state, last.seq)) return undefined;
    return signCheckpoint(key, { seq: last.seq, hash: last.hash, at: this.#now().toISOString() });
  }

  #due(state: ChainState, seq: number): boolean {
    return (
      seq - state.checkpoint.seq >= this.#policy.entries ||
      this.#now().getTime() - state.checkpoint.at >= this.#policy.seconds * 1000
    );
  }

  async #sealIfIdle(): Promise<void> {
    if (!this.#appendedSinceSeal || this.#closed) return;
    this.#appendedSinceSeal = false;
    try {
      await this.seal();
    } catch {
      // The next timer tick or append tries again; an unsealed tail is reported by verification, not lost.
      this.#appendedSinceSeal = true;
    }
  }
}
