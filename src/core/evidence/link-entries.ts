import type { ChainAnchor } from './chain-verifier.ts';
import {
  type ChainRow,
  entryHash,
  HASH_PATTERN,
  type HashedFields,
  sha256Hex,
  writeHashInput,
} from './evidence-entry.ts';
import type { QuotedIds } from './prepare-event.ts';

/** What linking needs of an event; prepared events also bring their ids quoted. */
export type LinkableEvent = Omit<HashedFields, 'prevHash'> & Partial<QuotedIds>;

/** Chains events after `head`: consecutive seqs, each hash covering the previous one. */
export function linkEntries(head: ChainAnchor, events: readonly LinkableEvent[]): ChainRow[] {
  const rows: ChainRow[] = new Array(events.length);
  let prevHash = head.hash;
  // Hashes we compute are hex, which JSON writes as itself between quotes; only the anchor (read from the
  // database) might not be, and then takes the general route, which quotes it.
  let hexPrev = HASH_PATTERN.test(prevHash);
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as LinkableEvent;
    const { quotedType, quotedActor, quotedSubject } = event;
    const hash =
      hexPrev && quotedType !== undefined && quotedActor !== undefined && quotedSubject !== undefined
        ? sha256Hex(
            writeHashInput({
              actor: quotedActor,
              // prepareEvidenceEvent's ISO text needs no escaping either.
              at: `"${event.at}"`,
              payloadJson: event.payloadJson,
              prev: `"${prevHash}"`,
              subject: quotedSubject,
              type: quotedType,
            }),
          )
        : entryHash({ ...event, prevHash });
    // A literal, not a spread: one object shape for every row, and no copy of the event's extra fields.
    rows[i] = {
      seq: head.seq + 1 + i,
      type: event.type,
      actor: event.actor,
      subject: event.subject,
      at: event.at,
      payloadJson: event.payloadJson,
      prevHash,
      hash,
    };
    prevHash = hash;
    hexPrev = true;
  }
  return rows;
}
