import { readFileSync } from 'node:fs';
import { AppError } from '../core/app-error.ts';

/**
 * The value of a secret named in the ledger: the environment variable itself, or the file named by `<NAME>_FILE`.
 * Messages name the variable, never its value.
 */
export function resolveSecret(ref: string, env: NodeJS.ProcessEnv = process.env): string {
  const direct = env[ref]?.trim();
  if (direct) return direct;
  const file = env[`${ref}_FILE`]?.trim();
  if (file) {
    try {
      const value = readFileSync(file, 'utf8').trim();
      if (value) return value;
    } catch (error) {
      throw new AppError('UNPROCESSABLE', `cannot read the file named by ${ref}_FILE`, { cause: error });
    }
  }
  throw new AppError('UNPROCESSABLE', `secret ${ref} is not set: set the environment variable ${ref} or ${ref}_FILE`);
}
