import { z } from 'zod';
import type { FieldIssue } from '../app-error.ts';
import { canonicalPayload } from './canonical-payload.ts';
import { EVIDENCE_TYPES } from './evidence-types.ts';
import { isoTime } from './iso-time.ts';
import { checkText, isPlain, isPlainText, quoteIfPlain } from './plain-text.ts';

/**
 * An event ready to chain: validated, time fixed as ISO text (digits and '-:.TZ', which JSON writes as they
 * are), payload as canonical JSON text, and its ids and type as JSON strings (quoted while they were checked):
 * linking then writes the hashed text without quoting anything again.
 */
export interface PreparedEvent extends QuotedIds {
  readonly type: string;
  readonly actor: string;
  readonly subject: string | null;
  readonly at: string;
  readonly payloadJson: string;
}

/** JSON.stringify of the type, actor and subject, or text proven equal to it. */
export interface QuotedIds {
  readonly quotedType: string;
  readonly quotedActor: string;
  readonly quotedSubject: string | null;
}

export type PrepareResult =
  | { readonly ok: true; readonly event: PreparedEvent }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

export const MAX_PAYLOAD_CHARS = 16_384;
const MIN_TIME = Date.UTC(1970, 0, 1);
const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const IdSchema = z.string().min(1).max(200).refine(isPlainText, 'must be valid Unicode without NUL');

const EventSchema = z.object({
  type: z.enum(EVIDENCE_TYPES),
  actor: IdSchema,
  subject: IdSchema.optional(),
  at: z.date().refine((d) => !Number.isNaN(d.getTime()) && d.getTime() >= MIN_TIME && d.getTime() <= MAX_TIME, {
    message: 'must be a valid time between 1970 and 9999',
  }),
  // Not z.record: it would copy the payload; canonicalPayload checks the inside in the same pass that writes it.
  payload: z.custom<Readonly<Record<string, unknown>>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'must be an object',
  ),
});

/**
 * Checks one event at the edge of the evidence log: known type, ids of sane length, a JSON payload of bounded
 * size, and no value that looks like personal data (entries hold ids and item names only). `path` prefixes
 * issue paths, e.g. `events.3`.
 */
export function prepareEvidenceEvent(input: unknown, path = ''): PrepareResult {
  // The schema is the rule; the hand-written test of the same rule only spares well-formed events (nearly all)
  // the cost of a parse, which shows at tens of thousands of appends a second.
  if (!isWellFormed(input)) {
    const parsed = EventSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((i) => ({
          path: fieldPath(path, i.path.map(String).join('.')),
          message: i.message,
        })),
      };
    }
  }
  const event = input as z.infer<typeof EventSchema>;
  const issues: FieldIssue[] = [];
  const actor = quotedId(event.actor, fieldPath(path, 'actor'), issues);
  const subject = event.subject === undefined ? null : quotedId(event.subject, fieldPath(path, 'subject'), issues);
  const payloadJson = canonicalPayload(event.payload, fieldPath(path, 'payload'), issues);
  if (issues.length > 0) return { ok: false, issues };
  if (payloadJson.length > MAX_PAYLOAD_CHARS) {
    return {
      ok: false,
      issues: [{ path: fieldPath(path, 'payload'), message: `larger than ${MAX_PAYLOAD_CHARS} characters` }],
    };
  }
  return {
    ok: true,
    event: {
      type: event.type,
      actor: event.actor,
      subject: event.subject ?? null,
      at: isoTime(event.at),
      payloadJson,
      quotedType: QUOTED_TYPES[event.type],
      quotedActor: actor,
      quotedSubject: subject,
    },
  };
}

/** The id as a JSON string; text off the fast path is checked first (issues say why it is refused). */
function quotedId(id: string, path: string, issues: FieldIssue[]): string {
  const quoted = quoteIfPlain(id);
  if (quoted !== undefined) return quoted;
  checkText(id, path, issues);
  return JSON.stringify(id);
}

const QUOTED_TYPES = Object.fromEntries(EVIDENCE_TYPES.map((type) => [type, JSON.stringify(type)])) as Record<
  (typeof EVIDENCE_TYPES)[number],
  string
>;

// A module function, not a closure per call: this runs for every entry.
function fieldPath(path: string, field: string): string {
  return path === '' ? field : `${path}.${field}`;
}

const TYPES: ReadonlySet<unknown> = new Set(EVIDENCE_TYPES);

function isWellFormed(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const { type, actor, subject, at, payload } = input as Record<string, unknown>;
  return (
    TYPES.has(type) &&
    isId(actor) &&
    (subject === undefined || isId(subject)) &&
    at instanceof Date &&
    at.getTime() >= MIN_TIME &&
    at.getTime() <= MAX_TIME &&
    typeof payload === 'object' &&
    payload !== null &&
    !Array.isArray(payload)
  );
}

function isId(value: unknown): boolean {
  return (
    typeof value === 'string' && value.length >= 1 && value.length <= 200 && (isPlain(value) || isPlainText(value))
  );
}
