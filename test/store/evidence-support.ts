// Helpers for the evidence suites: a signing key, events, and raw SQL access "as a superuser would" (triggers
// bypassed, then restored) for the tampering tests.
import { generateKeyPairSync } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { EvidenceEvent } from '../../src/app/evidence-log.ts';
import type { EvidenceKeys } from '../../src/app/evidence-store.ts';
import { type EvidenceSigningKey, publicKeyOf } from '../../src/core/evidence/checkpoint.ts';
import {
  dropEvidenceTriggerStatements,
  evidenceTriggerStatements,
} from '../../src/store/migrations/evidence-guards.ts';
import type { StoreConfig } from '../../src/store/store-config.ts';

export function newSigningKey(): EvidenceSigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: publicKeyOf(privateKey) };
}

export function keysOf(key: EvidenceSigningKey): EvidenceKeys {
  return { current: key.publicKey, trusted: [key.publicKey] };
}

export function event(n: number, overrides: Partial<EvidenceEvent> = {}): EvidenceEvent {
  return {
    type: n % 2 === 0 ? 'read' : 'decision',
    actor: 'svc-payroll',
    subject: `p-${n % 5}`,
    at: new Date(Date.UTC(2026, 3, 1, 9, 0, 0, n)),
    payload: { n, items: ['name', 'department'], purpose: 'payroll' },
    ...overrides,
  };
}

export const events = (from: number, count: number) => Array.from({ length: count }, (_, i) => event(from + i));

/** Direct SQL on the test database, outside Mamori. */
export interface RawDatabase {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs `work` with the append-only triggers out of the way, then puts them back. */
  bypassingTriggers(work: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export async function openRaw(config: StoreConfig): Promise<RawDatabase> {
  if (config.kind === 'postgres') {
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    const query = async <T>(text: string, params: readonly unknown[] = []) =>
      (await client.query(text, [...params])).rows as T[];
    const tables = ['evidence_entries', 'evidence_checkpoints', 'evidence_archives'];
    return {
      query,
      async bypassingTriggers(work) {
        for (const table of tables) await query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
        try {
          await work();
        } finally {
          for (const table of tables) await query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
        }
      },
      close: () => client.end(),
    };
  }
  const db = new SqliteDatabase(config.path);
  db.pragma('busy_timeout = 5000');
  // Placeholders are written PostgreSQL style ($1) in the tests; SQLite gets `?` with the values in order of use.
  const query = async <T>(text: string, params: readonly unknown[] = []) => {
    const order = [...text.matchAll(/\$(\d+)/g)].map((m) => params[Number(m[1]) - 1]);
    const statement = db.prepare(text.replace(/\$\d+/g, '?'));
    if (statement.reader) return statement.all(...order) as T[];
    statement.run(...order);
    return [] as T[];
  };
  return {
    query,
    async bypassingTriggers(work) {
      for (const statement of dropEvidenceTriggerStatements('sqlite')) db.exec(statement);
      try {
        await work();
      } finally {
        for (const statement of evidenceTriggerStatements('sqlite')) db.exec(statement);
      }
    },
    async close() {
      db.close();
    },
  };
}
