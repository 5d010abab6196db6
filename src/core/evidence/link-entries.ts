import type { ChainAnchor } from './chain-verifier.ts';
import { type ChainRow, entryHash } from './evidence-entry.ts';
import type { PreparedEvent } from './prepare-event.ts';

/** Chains prepared events after `head`: consecutive seqs, each hash covering the previous one. */
export function linkEntries(head: ChainAnchor, events: readonly PreparedEvent[]): ChainRow[] {
  const rows: ChainRow[] = new Array(events.length);
  let prevHash = head.hash;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as PreparedEvent;
    const fields = {
      type: event.type,
      actor: event.actor,
      subject: event.subject,
      at: event.at,
      payloadJson: event.payloadJson,
      prevHash,
    };
    const hash = entryHash(fields);
    rows[i] = { seq: head.seq + 1 + i, ...fields, hash };
    prevHash = hash;
  }
  return rows;
}
