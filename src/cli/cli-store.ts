import { mkdirSync } from 'node:fs';
import type { Store } from '../app/ports.ts';
import { openStore } from '../store/open-store.ts';
import { storeConfigFromEnv } from '../store/store-config.ts';

/** The CLI uses the same store as the server: DATABASE_URL, else SQLite under MAMORI_DATA (./data). */
export async function withCliStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const dataDir = process.env.MAMORI_DATA?.trim() || './data';
  if (!process.env.DATABASE_URL) mkdirSync(dataDir, { recursive: true });
  const store = await openStore(storeConfigFromEnv(process.env, dataDir));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
