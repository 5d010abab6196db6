import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bootstrap administrator token: MAMORI_ADMIN_TOKEN, or a random one created once in the data directory
 * (file mode 0600). Returns its SHA-256 and where it came from; the server keeps only the hash.
 */
export function loadAdminToken(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
): { hash: string; source: string } {
  const fromEnv = env.MAMORI_ADMIN_TOKEN?.trim();
  if (fromEnv) return { hash: sha256(fromEnv), source: 'MAMORI_ADMIN_TOKEN' };
  const file = join(dataDir, 'admin-token');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { hash: sha256(readFileSync(file, 'utf8').trim()), source: file };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
