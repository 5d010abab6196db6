import type { ElementRef, Obligation, Reason } from './decision.ts';
import { DENYING, type ReasonCode, reasonMessage } from './reason-codes.ts';

/** A reason with its message filled; made once per ledger element and shared by every decision that gives it. */
export function reason(code: ReasonCode, values: Readonly<Record<string, string>>, element?: ElementRef): Reason {
  const effect = DENYING.has(code) ? 'deny' : 'allow';
  const message = reasonMessage(code, values);
  return Object.freeze(
    element ? { code, effect, message, element: Object.freeze(element) } : { code, effect, message },
  ) as Reason;
}

export const NO_OBLIGATIONS: readonly Obligation[] = Object.freeze([]);

/**
 * Collects reasons and obligations while the rules run; every rule reports, none stops the others. A `lead`
 * reason (PURPOSE_PERMITTED) heads the reasons of an allowed decision: it is placed first at once and dropped by
 * `finish` if anything denied (shifting off the first element is cheaper in V8 than unshifting it at the end).
 */
export class ReasonBuilder {
  readonly reasons: Reason[];
  obligations: Obligation[] | undefined;
  denied = false;
  readonly #lead: boolean;

  constructor(lead?: Reason) {
    this.reasons = lead === undefined ? [] : [lead];
    this.#lead = lead !== undefined;
  }

  /** The reasons given, with the lead reason only if nothing denied. */
  finish(): Reason[] {
    if (this.denied && this.#lead) this.reasons.shift();
    return this.reasons;
  }

  push(r: Reason): void {
    if (r.effect === 'deny') this.denied = true;
    this.reasons.push(r);
  }

  /** A reason about something only this request names (a consent record, an unknown id): made for it alone. */
  add(code: ReasonCode, values: Readonly<Record<string, string>>, element?: ElementRef): void {
    const deny = DENYING.has(code);
    if (deny) this.denied = true;
    const effect = deny ? 'deny' : 'allow';
    const message = reasonMessage(code, values);
    this.reasons.push(element ? { code, effect, message, element } : { code, effect, message });
  }

  oblige(obligation: Obligation): void {
    if (this.obligations === undefined) this.obligations = [obligation];
    else this.obligations.push(obligation);
  }
}
