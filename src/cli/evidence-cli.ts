import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { findEvidenceKey, loadEvidenceKey, readPublicKeyFile, retiredKeys } from '../app/evidence-key.ts';
import type { EvidenceKeys } from '../app/evidence-store.ts';
import type { ExportSink } from '../app/export-evidence.ts';
import type { Clock, Store } from '../app/ports.ts';
import { systemClock } from '../app/system-clock.ts';
import { AppError } from '../core/app-error.ts';
import { openStore } from '../store/open-store.ts';
import { storeConfigFromEnv } from '../store/store-config.ts';

export interface EvidenceContext {
  readonly store: Store;
  readonly keys: EvidenceKeys;
  readonly clock: Clock;
}

/**
 * The configured store with the evidence signing key (MAMORI_EVIDENCE_KEY[_FILE], else the data dir's key file).
 * `sign`: commands that write checkpoints create the key on first use, as the server does. `verify`: commands
 * that only read never create one, and trust the configured key plus any `--public-key` files given.
 */
export async function withEvidenceStore<T>(
  work: (context: EvidenceContext) => Promise<T>,
  options: { readonly mode: 'sign' | 'verify'; readonly publicKeys?: readonly string[] | undefined } = { mode: 'sign' },
): Promise<T> {
  const dataDir = process.env.MAMORI_DATA?.trim() || './data';
  if (!process.env.DATABASE_URL) mkdirSync(dataDir, { recursive: true });
  const key = options.mode === 'sign' ? loadEvidenceKey(process.env, dataDir) : findEvidenceKey(process.env, dataDir);
  if (key?.created) console.error(`created evidence signing key ${key.source} (keep it secret; back it up)`);
  const extra = (options.publicKeys ?? []).map(readPublicKeyFile);
  const trusted = [...(key?.keys.trusted ?? retiredKeys(process.env)), ...extra];
  const current = key?.keys.current ?? trusted[0];
  if (current === undefined) {
    throw new AppError('NOT_FOUND', 'no evidence key: set MAMORI_EVIDENCE_KEY_FILE or pass --public-key FILE');
  }
  const store = await openStore(
    storeConfigFromEnv(process.env, dataDir),
    key === undefined ? {} : { evidence: { signingKey: key.signing } },
  );
  try {
    return await work({ store, keys: { current, trusted }, clock: systemClock });
  } finally {
    await store.close();
  }
}

/** Commander parser for a seq option: a positive integer. */
export function seqOption(value: string): number {
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a positive integer');
  return Number(value);
}

const FLUSH_BYTES = 1 << 20;

/**
 * Export lines into `path`: written to `path.partial`, fsynced and renamed on close, so a finished file is
 * complete and durable and an interrupted one never takes its name. `discard` removes the partial file.
 */
export function exportFile(path: string): ExportSink & { discard(): void } {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w', 0o600);
  let buffer: string[] = [];
  let size = 0;
  let open = true;
  const flush = () => {
    if (buffer.length === 0) return;
    writeSync(fd, buffer.join(''));
    buffer = [];
    size = 0;
  };
  return {
    write(line) {
      buffer.push(line, '\n');
      size += line.length + 1;
      if (size >= FLUSH_BYTES) flush();
    },
    async close() {
      flush();
      fsyncSync(fd);
      closeSync(fd);
      open = false;
      renameSync(partial, path);
      const dir = openSync(dirname(path), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    },
    discard() {
      if (open) closeSync(fd);
      open = false;
      rmSync(partial, { force: true });
    },
  };
}
