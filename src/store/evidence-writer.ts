import type { Kysely } from 'kysely';
import type { EvidenceEvent, EvidenceLog, EvidenceReceipt } from '../app/evidence-log.ts';
import { AppError } from '../core/app-error.ts';
import type { Checkpoint, EvidenceSigningKey } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import { appendInTransaction, type ChainedWork } from './append-in-transaction.ts';
import type { ChainState } from './chain-transaction.ts';
import { type CheckpointPolicy, DEFAULT_CHECKPOINTS, dueCheckpoint } from './checkpoint-policy.ts';
import type { Database, StoreKind } from './database.ts';
import { sealCheckpoint } from './evidence-inserts.ts';
import { type Appended, appendSpeculative, FIRST_CHUNK, type SpeculativeChain } from './evidence-pipeline.ts';
import { type EventSource, PreparingEvents, prepareAll } from './prepared-events.ts';

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

const DEFAULT_MAX_BATCH = 5000;

interface Waiter {
  readonly events: EventSource;
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
    if (work === undefined && this.#goesStraightIn(events.length)) return this.#appendDirect(events, path);
    return new Promise((resolve, reject) => {
      // Checked (and a refusal thrown, rejecting) before anything is queued: a refused call records nothing.
      const prepared = prepareAll(events, path);
      this.#queue.push({
        events: prepared,
        ...(work === undefined ? {} : { work }),
        resolve: (receipts, result) => resolve({ receipts, result }),
        reject,
      });
      this.#draining ??= this.#drain();
    });
  }

  /**
   * A large call to an idle writer whose chain never pauses from begin to commit (SQLite's thread), the head
   * predicted, goes straight in, checked a chunk at a time as it is linked: the thread stores the first chunk
   * while the rest is checked. Nothing waits before the commit is posted, so the caller's events are still read
   * within its call; a refused one rolls the transaction back. Callers arriving meanwhile queue for the next.
   */
  #goesStraightIn(count: number): boolean {
    return (
      count > FIRST_CHUNK &&
      this.#chain?.yieldBetweenChunks === false &&
      this.#predicted !== undefined &&
      this.#draining === undefined &&
      this.#queue.length === 0
    );
  }

  #appendDirect(
    events: readonly EvidenceEvent[],
    path: string,
  ): Promise<{ receipts: readonly EvidenceReceipt[]; result: unknown }> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        events: new PreparingEvents(events, path),
        resolve: (receipts, result) => resolve({ receipts, result }),
        reject,
      };
      this.#draining = this.#commit([waiter]).then(
        (committed) => {
          this.#afterDirect();
          this.#settle([waiter], committed);
        },
        (error: unknown) => {
          this.#afterDirect();
          waiter.reject(error);
        },
      );
    });
  }

  // Before the caller hears back: its next call (in its continuation) then finds the writer idle again.
  #afterDirect(): void {
    this.#draining = this.#queue.length > 0 ? this.#drain() : undefined;
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
    // One caller's events go as they are (prepared or still being prepared); several callers' are put together.
    const events: EventSource =
      batch.length === 1
        ? (batch[0] as Waiter).events
        : batch.flatMap((waiter) => waiter.events.slice(0, waiter.events.length));
    const noWork = batch.every((waiter) => waiter.work === undefined);
    const seal = (state: ChainState, last: ChainRow) => {
      const checkpoint = this.#sealIfDue(state, last);
      this.#appendedSinceSeal = checkpoint === undefined;
      return checkpoint;
    };
    if (noWork && this.#chain !== undefined) {
      const appended = await appendSpeculative(this.#chain, events, { predicted: this.#predicted, seal });
      return { ...appended, results: batch.map(() => undefined) };
    }
    return appendInTransaction(this.#db, this.#kind, {
      works: batch.map((waiter) => waiter.work),
      events: events.slice(0, events.length),
      seal,
    });
  }

  #sealIfDue(state: ChainState, last: ChainRow): Checkpoint | undefined {
    return dueCheckpoint(this.#policy, this.#key, { state, last, now: this.#now() });
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
