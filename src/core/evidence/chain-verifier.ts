import { type ChainRow, entryHash } from './evidence-entry.ts';

export type ChainProblemKind =
  | 'edited'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'broken-link'
  | 'out-of-order'
  | 'checkpoint-mismatch'
  | 'forged-checkpoint';

/** The first thing wrong with a chain: which entry, what kind of tampering it looks like, in words. */
export interface ChainProblem {
  readonly seq: number;
  readonly kind: ChainProblemKind;
  readonly message: string;
}

/** Where a verified range starts: the entry before it (seq 0 and GENESIS_HASH for the start of the log). */
export interface ChainAnchor {
  readonly seq: number;
  readonly hash: string;
}

/**
 * Checks a chain one row at a time, in seq order, without holding it in memory: each row's hash must match its
 * content, link to the previous row, and match any checkpoint at its seq. Stops at the first problem, looking
 * one row ahead when a link breaks to tell an insertion or a swap from a rewrite.
 */
export class ChainVerifier {
  readonly #sealed: ReadonlyMap<number, string>;
  #expected: number;
  #prev: string;
  #prevPrev: string | undefined;
  #pending: ChainRow | undefined;
  #problem: ChainProblem | undefined;
  #checked = 0;
  #lastSealed: number;

  /** `sealed`: seq -> hash of the trusted (signature-checked) checkpoints in the range. */
  constructor(anchor: ChainAnchor, sealed: ReadonlyMap<number, string> = new Map()) {
    this.#expected = anchor.seq + 1;
    this.#prev = anchor.hash;
    this.#sealed = sealed;
    this.#lastSealed = anchor.seq;
  }

  /** Rows accepted so far. */
  get checked(): number {
    return this.#checked;
  }

  /** Seq of the last accepted row. */
  get lastSeq(): number {
    return this.#expected - 1;
  }

  /** Hash of the last accepted row. */
  get lastHash(): string {
    return this.#prev;
  }

  /** Feeds the next row; false once a problem is found (further rows are ignored). */
  push(row: ChainRow): boolean {
    if (this.#problem !== undefined) return false;
    if (this.#pending !== undefined) {
      this.#problem = this.#diagnose(this.#pending, row);
      return false;
    }
    const seq = this.#expected;
    if (row.seq < seq) return this.#fail(row.seq, 'out-of-order', `entry ${row.seq} appears after entry ${seq - 1}`);
    if (row.seq > seq) {
      const which = row.seq === seq + 1 ? `entry ${seq} is` : `entries ${seq}-${row.seq - 1} are`;
      return this.#fail(seq, 'deleted', `${which} missing (deleted)`);
    }
    if (entryHash(row) !== row.hash) {
      return this.#fail(seq, 'edited', `entry ${seq} was edited: its content no longer matches its hash`);
    }
    if (row.prevHash !== this.#prev) {
      if (row.prevHash === this.#prevPrev) {
        return this.#fail(seq - 1, 'inserted', `entry ${seq - 1} was inserted: entry ${seq} links to entry ${seq - 2}`);
      }
      this.#pending = row;
      return true;
    }
    const sealedHash = this.#sealed.get(seq);
    if (sealedHash !== undefined && sealedHash !== row.hash) {
      return this.#fail(
        seq,
        'checkpoint-mismatch',
        `entry ${seq} does not match the signed checkpoint at ${seq}: entries ${this.#lastSealed + 1}-${seq} were rewritten`,
      );
    }
    if (sealedHash !== undefined) this.#lastSealed = seq;
    this.#prevPrev = this.#prev;
    this.#prev = row.hash;
    this.#expected = seq + 1;
    this.#checked++;
    return true;
  }

  /** The first problem, once every row has been pushed; also catches entries cut off after the last row. */
  finish(): ChainProblem | undefined {
    if (this.#problem !== undefined) return this.#problem;
    const pending = this.#pending;
    if (pending !== undefined) {
      this.#problem = {
        seq: pending.seq,
        kind: 'broken-link',
        message: `entry ${pending.seq}, the last, does not link to entry ${pending.seq - 1}: it was inserted, or entry ${pending.seq - 1} was rewritten`,
      };
      return this.#problem;
    }
    let sealedBeyond = 0;
    for (const seq of this.#sealed.keys()) if (seq >= this.#expected && seq > sealedBeyond) sealedBeyond = seq;
    if (sealedBeyond > 0) {
      this.#fail(
        this.#expected,
        'deleted',
        `entries ${this.#expected}-${sealedBeyond} are missing (deleted): a signed checkpoint seals the log through ${sealedBeyond}`,
      );
    }
    return this.#problem;
  }

  #diagnose(pending: ChainRow, next: ChainRow): ChainProblem {
    const seq = pending.seq;
    if (next.seq === seq + 1 && next.prevHash === this.#prev && pending.prevHash === next.hash) {
      return { seq, kind: 'reordered', message: `entries ${seq} and ${seq + 1} were swapped` };
    }
    if (next.prevHash === this.#prev) {
      return {
        seq,
        kind: 'inserted',
        message: `entry ${seq} was inserted: entry ${next.seq} links to entry ${seq - 1}`,
      };
    }
    return {
      seq,
      kind: 'broken-link',
      message: `entry ${seq} does not link to entry ${seq - 1}: an entry between them was deleted and later ones renumbered, or entry ${seq - 1} was rewritten`,
    };
  }

  #fail(seq: number, kind: ChainProblemKind, message: string): false {
    this.#problem = { seq, kind, message };
    return false;
  }
}
