import type { ElementRef, Obligation, Reason } from './decision.ts';
import { DENYING, type ReasonCode, reasonMessage } from './reason-codes.ts';

/** Collects reasons and obligations while the rules run; every rule reports, none stops the others. */
export class ReasonBuilder {
  readonly reasons: Reason[] = [];
  readonly obligations: Obligation[] = [];
  denied = false;

  add(code: ReasonCode, values: Readonly<Record<string, string>>, element?: ElementRef): void {
    const deny = DENYING.has(code);
    if (deny) this.denied = true;
    const effect = deny ? 'deny' : 'allow';
    const message = reasonMessage(code, values);
    this.reasons.push(element ? { code, effect, message, element } : { code, effect, message });
  }

  oblige(obligation: Obligation): void {
    this.obligations.push(obligation);
  }
}
