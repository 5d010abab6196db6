import { readFileSync } from 'node:fs';
import { AppError } from '../core/app-error.ts';

/** Certificate chain and private key (PEM) for serving HTTPS directly. */
export interface TlsFiles {
  readonly cert: Buffer;
  readonly key: Buffer;
}

/** MAMORI_TLS_CERT and MAMORI_TLS_KEY (file paths): both set serves HTTPS; neither, plain HTTP (behind a proxy). */
export function tlsFromEnv(env: Readonly<Record<string, string | undefined>>): TlsFiles | undefined {
  const certPath = env.MAMORI_TLS_CERT?.trim();
  const keyPath = env.MAMORI_TLS_KEY?.trim();
  if (!certPath && !keyPath) return undefined;
  if (!certPath || !keyPath)
    throw new AppError('VALIDATION', 'set both MAMORI_TLS_CERT and MAMORI_TLS_KEY, or neither');
  return { cert: read(certPath, 'MAMORI_TLS_CERT'), key: read(keyPath, 'MAMORI_TLS_KEY') };
}

function read(path: string, name: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new AppError('VALIDATION', `${name}: cannot read ${path}`, { cause: error });
  }
}
