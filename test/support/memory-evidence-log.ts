import { createHash } from 'node:crypto';
import type { EvidenceEvent, EvidenceLog, EvidenceReceipt } from '../../src/app/evidence-log.ts';
import { canonicalJson } from '../../src/core/canonical-json.ts';

/** An in-memory evidence log for use-case tests: keeps events in order with a simple hash chain. */
export class MemoryEvidenceLog implements EvidenceLog {
  readonly events: EvidenceEvent[] = [];
  #hash = '';

  async append(event: EvidenceEvent): Promise<EvidenceReceipt> {
    const [receipt] = await this.appendMany([event]);
    return receipt as EvidenceReceipt;
  }

  async appendMany(events: readonly EvidenceEvent[]): Promise<readonly EvidenceReceipt[]> {
    return events.map((event) => {
      this.events.push(event);
      this.#hash = createHash('sha256').update(this.#hash).update(canonicalJson(event)).digest('hex');
      return { seq: this.events.length, hash: this.#hash };
    });
  }
}
