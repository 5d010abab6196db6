import { toMatchKey } from '../dataset/person-identity.ts';
import type { RequestType } from '../ledger/request-procedure.ts';
import type { Requester } from './privacy-request.ts';

const DAY_MS = 86_400_000;

/**
 * The same requester (normalised identity, so half-width kana or old kanji still match) asking the same operator
 * for the same type. `hash` turns the text into a stored key (no identity in clear in the index).
 */
export function duplicateKey(
  input: { readonly operator: string; readonly type: RequestType; readonly requester: Requester },
  hash: (text: string) => string,
): string {
  const match = toMatchKey(input.requester.identity, hash);
  const identity = match.ok ? JSON.stringify(match.key) : JSON.stringify(input.requester.identity);
  return hash(JSON.stringify([input.operator, input.type, identity]));
}

/** A request received within `windowDays` of an earlier one with the same key is a duplicate of it. */
export function isWithinDuplicateWindow(earlier: Date, now: Date, windowDays: number): boolean {
  return now.getTime() - earlier.getTime() <= windowDays * DAY_MS;
}
