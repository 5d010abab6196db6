import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/app-error.ts';

/** Where the store lives: an embedded SQLite file, or a PostgreSQL server shared by several API nodes. */
export const StoreConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sqlite'), path: z.string().min(1, 'a SQLite file path is required') }).strict(),
  z
    .object({
      kind: z.literal('postgres'),
      url: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string'),
      /** Connections per node; the pg default (10) when absent. */
      poolSize: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
]);
export type StoreConfig = z.infer<typeof StoreConfigSchema>;

export const SQLITE_FILE_NAME = 'mamori.sqlite';

/** PostgreSQL when DATABASE_URL is set, else SQLite at `<dataDir or MAMORI_DATA or ./data>/mamori.sqlite`. */
export function storeConfigFromEnv(env: Readonly<Record<string, string | undefined>>, dataDir?: string): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  const candidate =
    url !== undefined && url !== ''
      ? { kind: 'postgres', url }
      : { kind: 'sqlite', path: resolve(dataDir ?? nonEmpty(env.MAMORI_DATA) ?? './data', SQLITE_FILE_NAME) };
  return parseStoreConfig(candidate, url !== undefined && url !== '' ? 'DATABASE_URL' : 'MAMORI_DATA');
}

export function parseStoreConfig(input: unknown, source = 'store config'): StoreConfig {
  const result = StoreConfigSchema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError('VALIDATION', `invalid ${source}`, {
    issues: result.error.issues.map((issue) => ({
      path: [source, ...issue.path.map(String)].join('.'),
      message: issue.message,
      code: issue.code,
    })),
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
