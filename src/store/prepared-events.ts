import type { EvidenceEvent } from '../app/evidence-log.ts';
import { AppError, type FieldIssue } from '../core/app-error.ts';
import { type PreparedEvent, prepareEvidenceEvent } from '../core/evidence/prepare-event.ts';

/** A call's events as the pipeline reads them, a chunk at a time: an array, or PreparingEvents. */
export interface EventSource {
  readonly length: number;
  slice(from: number, to: number): readonly PreparedEvent[];
}

/** Checks and prepares every event of a call, or throws the refusal naming each issue (nothing is recorded). */
export function prepareAll(events: readonly EvidenceEvent[], path: string): PreparedEvent[] {
  const prepared: PreparedEvent[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const result = prepareEvidenceEvent(events[i]);
    if (!result.ok) throw refusal(events, path);
    prepared[i] = result.event;
  }
  return prepared;
}

/**
 * One call's events, checked and prepared only as the pipeline asks for each chunk, so the database can store the
 * first chunk while the rest is still being checked. The caller's objects are read only while its call runs (the
 * writer uses this where the pipeline runs without a pause up to the commit): the same snapshot as prepareAll.
 * A refused event ends the append, which is rolled back, with the issues of the whole call.
 */
export class PreparingEvents implements EventSource {
  readonly #events: readonly EvidenceEvent[];
  readonly #path: string;
  readonly #prepared: PreparedEvent[] = [];

  constructor(events: readonly EvidenceEvent[], path: string) {
    this.#events = events;
    this.#path = path;
  }

  get length(): number {
    return this.#events.length;
  }

  slice(from: number, to: number): readonly PreparedEvent[] {
    for (let i = this.#prepared.length; i < to; i++) {
      const result = prepareEvidenceEvent(this.#events[i]);
      if (!result.ok) throw refusal(this.#events, this.#path);
      this.#prepared.push(result.event);
    }
    return this.#prepared.slice(from, to);
  }
}

// Issue paths are written only once an event is refused: `events.N` for each one cost more than its check.
function refusal(events: readonly EvidenceEvent[], path: string): AppError {
  const issues: FieldIssue[] = [];
  events.forEach((event, index) => {
    const result = prepareEvidenceEvent(event, path === '' ? '' : `${path}.${index}`);
    if (!result.ok) issues.push(...result.issues);
  });
  return new AppError('VALIDATION', 'evidence event refused: nothing was recorded', { issues });
}
