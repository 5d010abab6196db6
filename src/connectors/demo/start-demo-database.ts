import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Ledger } from '../../core/ledger/ledger.ts';
import {
  BUILT_IN_DEMO_KEY,
  BUILT_IN_DEMO_PSEUDONYM_KEY,
  DEMO_HASH_KEY_ENV,
  DEMO_PSEUDONYM_KEY_ENV,
  demoKeyedHash,
} from './demo-key.ts';
import { DEFAULT_DEMO_SETTINGS, demoPerson } from './demo-person.ts';
import { generateDemoDatabase } from './generate.ts';

/** The demo ledger's HR system and the variable its connection names (examples/demo/systems.yaml). */
const DEMO_SYSTEM = 'hr-database';
const DEMO_SECRET = 'DEMO_HR_DATABASE_URL';
export const DEMO_HR_FILE = 'demo-hr.sqlite';
/** The synthetic person the README names: requests made with this address find them in the demo HR database. */
export const DEMO_PERSON_EMAIL = 'demo.person@example.jp';
const DEMO_SUBJECTS = 300;

export interface DemoHrDatabase {
  readonly file: string;
  readonly created: boolean;
  readonly subjects: number;
  /** The ledger with the demo HR system bound to the SQLite file (engine sqlite), for the search only. */
  readonly ledger: Ledger;
  /** The environment the connection and its hash key are resolved from. */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * For `npm start` without a company database: when the ledger's HR system names DEMO_HR_DATABASE_URL and it is
 * not set, a small synthetic HR database is generated once in the data directory (the demo generator, a few
 * hundred people, one of them reachable as demo.person@example.jp) and the system is bound to it. Undefined when
 * the ledger has no such system or the variable is set (then the configured database is used as it is).
 */
export async function startDemoHrDatabase(
  ledger: Ledger,
  dataDir: string,
  env: NodeJS.ProcessEnv,
): Promise<DemoHrDatabase | undefined> {
  const system = ledger.systems.find((s) => s.id === DEMO_SYSTEM);
  if (system?.connection?.secretRef !== DEMO_SECRET) return undefined;
  if (env[DEMO_SECRET]?.trim() || env[`${DEMO_SECRET}_FILE`]?.trim()) return undefined;
  const file = join(dataDir, DEMO_HR_FILE);
  const created = !existsSync(file);
  if (created) await generate(file, env);
  const bound: Ledger = {
    ...ledger,
    systems: ledger.systems.map((s) =>
      s.id === DEMO_SYSTEM && s.connection ? { ...s, connection: { ...s.connection, engine: 'sqlite' as const } } : s,
    ),
  };
  // The demo's own hash key unless one is configured, as `mamori demo generate` hashed My Numbers with it.
  const hashKey = env[DEMO_HASH_KEY_ENV]?.trim() ? {} : { [DEMO_HASH_KEY_ENV]: BUILT_IN_DEMO_KEY };
  const pseudonymKey = env[DEMO_PSEUDONYM_KEY_ENV]?.trim()
    ? {}
    : { [DEMO_PSEUDONYM_KEY_ENV]: BUILT_IN_DEMO_PSEUDONYM_KEY };
  const demoEnv = { ...env, ...hashKey, ...pseudonymKey, [DEMO_SECRET]: file };
  return { file, created, subjects: DEMO_SUBJECTS, ledger: bound, env: demoEnv };
}

/** Generates into a side file and renames it, so an interrupted first start leaves no half-made database. */
async function generate(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  await generateDemoDatabase({
    engine: 'sqlite',
    target: partial,
    subjects: DEMO_SUBJECTS,
    hashMyNumber: demoKeyedHash(env).hash,
    replace: true,
  });
  const person = demoPersonIndex();
  const db = new Database(partial);
  try {
    const email = demoPerson(DEFAULT_DEMO_SETTINGS, person).email;
    const update = db.transaction(() => {
      for (const table of ['candidates', 'staff', 'employees']) {
        db.prepare(`UPDATE "${table}" SET email = ? WHERE email = ?`).run(DEMO_PERSON_EMAIL, email);
      }
    });
    update();
  } finally {
    db.close();
  }
  renameSync(partial, file);
}

/** The first person who is dispatched staff: they have assignments, payroll and insurance rows to find. */
function demoPersonIndex(): number {
  for (let i = 0; i < DEMO_SUBJECTS; i++) {
    const p = demoPerson(DEFAULT_DEMO_SETTINGS, i);
    if (p.kind === 'staff' && p.dispatched) return i;
  }
  return 0;
}
