import type { z } from 'zod';
import { canonicalJson } from '../core/canonical-json.ts';
import { ChainVerifier } from '../core/evidence/chain-verifier.ts';
import { type EvidencePublicKey, parsePublicKey, verifyCheckpoint } from '../core/evidence/checkpoint.ts';
import { type ChainRow, GENESIS_HASH } from '../core/evidence/evidence-entry.ts';
import {
  ExportCheckpointSchema,
  ExportEntrySchema,
  type ExportHeader,
  ExportHeaderSchema,
} from '../core/evidence/export-format.ts';
import type { EvidenceProblem } from './verify-evidence.ts';

export interface ExportVerification {
  readonly ok: boolean;
  readonly from?: number;
  readonly to?: number;
  readonly entries: number;
  readonly checkpoints: number;
  readonly keyId?: string;
  /** True when the file's key was compared with a published key given by the verifier, not just taken from the file. */
  readonly keyChecked: boolean;
  /** Whether the range starts at the first entry ever (genesis) or links to an entry before it. */
  readonly anchor?: 'genesis' | 'previous-entry';
  readonly problem?: EvidenceProblem;
}

/**
 * Verifies an evidence export file on its own, without any database: every entry's hash and link, every
 * checkpoint's signature, and that a checkpoint seals the last entry. Give the published public key to check
 * that the file's key is Mamori's and not one the file's author made up.
 */
export async function verifyExport(
  lines: AsyncIterable<string> | Iterable<string>,
  options: { readonly publicKey?: EvidencePublicKey | undefined } = {},
): Promise<ExportVerification> {
  let header: ExportHeader | undefined;
  let key: EvidencePublicKey | undefined;
  let verifier: ChainVerifier | undefined;
  const sealed = new Map<number, string>();
  let lineNumber = 0;
  const result = (problem?: EvidenceProblem): ExportVerification => ({
    ok: problem === undefined,
    ...(header === undefined ? {} : { from: header.from, to: header.to, keyId: header.keyId }),
    entries: verifier?.checked ?? 0,
    checkpoints: sealed.size,
    keyChecked: options.publicKey !== undefined,
    ...(header === undefined ? {} : { anchor: header.from === 1 ? 'genesis' : 'previous-entry' }),
    ...(problem === undefined ? {} : { problem }),
  });
  const badLine = (message: string) => result({ kind: 'bad-file', message: `line ${lineNumber}: ${message}` });

  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return badLine('not JSON');
    }
    if (header === undefined) {
      const parsed = parse(ExportHeaderSchema, json);
      if (!parsed.ok) return badLine(`not a Mamori evidence export header (${parsed.message})`);
      header = parsed.value;
      try {
        key = parsePublicKey(header.publicKey);
      } catch {
        return badLine('the public key is not a PEM public key');
      }
      if (key.keyId !== header.keyId)
        return result({ kind: 'untrusted-key', message: 'the key id does not match the public key' });
      if (options.publicKey !== undefined && options.publicKey.keyId !== key.keyId) {
        return result({
          kind: 'untrusted-key',
          message: `the file is signed by key ${key.keyId}, not the published key ${options.publicKey.keyId}`,
        });
      }
      continue;
    }
    const kind = (json as { kind?: unknown }).kind;
    if (kind === 'checkpoint') {
      if (verifier !== undefined) return badLine('checkpoints must come before the entries');
      const parsed = parse(ExportCheckpointSchema, json);
      if (!parsed.ok) return badLine(`malformed checkpoint (${parsed.message})`);
      const { kind: _kind, ...checkpoint } = parsed.value;
      const check = verifyCheckpoint(checkpoint, [key as EvidencePublicKey]);
      if (!check.ok)
        return result({
          seq: checkpoint.seq,
          kind: 'forged-checkpoint',
          message: `checkpoint at ${checkpoint.seq}: ${check.reason}`,
        });
      sealed.set(checkpoint.seq, checkpoint.hash);
      continue;
    }
    if (kind !== 'entry') return badLine('neither a checkpoint nor an entry');
    const parsed = parse(ExportEntrySchema, json);
    if (!parsed.ok) return badLine(`malformed entry (${parsed.message})`);
    const row = toRow(parsed.value);
    if (verifier === undefined) {
      if (row.seq !== header.from)
        return result({ seq: header.from, kind: 'deleted', message: `the file should start at entry ${header.from}` });
      const anchorHash = header.from === 1 ? GENESIS_HASH : row.prevHash;
      verifier = new ChainVerifier({ seq: header.from - 1, hash: anchorHash }, sealed);
    }
    if (!verifier.push(row)) break;
  }

  if (header === undefined) return result({ kind: 'bad-file', message: 'empty file: no export header' });
  const problem = verifier?.finish();
  if (problem !== undefined) return result(problem);
  if (verifier === undefined || verifier.lastSeq < header.to) {
    const missing = verifier === undefined ? header.from : verifier.lastSeq + 1;
    return result({
      seq: missing,
      kind: 'deleted',
      message: `entries ${missing}-${header.to} are missing from the file`,
    });
  }
  if (verifier.lastSeq > header.to)
    return result({
      seq: header.to + 1,
      kind: 'inserted',
      message: `entries after ${header.to} were added to the file`,
    });
  if (!sealed.has(header.to))
    return result({ seq: header.to, kind: 'unsealed', message: `no signed checkpoint seals entry ${header.to}` });
  return result();
}

function toRow(entry: z.infer<typeof ExportEntrySchema>): ChainRow {
  return {
    seq: entry.seq,
    type: entry.type,
    actor: entry.actor,
    subject: entry.subject ?? null,
    at: entry.at,
    payloadJson: canonicalJson(entry.payload),
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}

function parse<T>(schema: z.ZodType<T>, json: unknown): { ok: true; value: T } | { ok: false; message: string } {
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    message: issue === undefined ? 'invalid' : `${issue.path.join('.') || 'line'}: ${issue.message}`,
  };
}
