import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { DatasetBinding } from '../app/dataset-binding.ts';
import { AppError } from '../core/app-error.ts';
import { parseAnnotations } from '../core/dataset/parse-annotations.ts';
import type { Ledger } from '../core/ledger/ledger.ts';
import { datasetKeyedHash, pseudonymKeyedHash } from './keyed-hash.ts';
import { openConnector } from './open-connector.ts';
import { resolveSecret } from './resolve-secret.ts';

/** Reads and validates an annotations file. */
export function loadAnnotations(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError('NOT_FOUND', `annotations file not found: ${path}`, { cause: error });
  }
  const parsed = parseAnnotations(text, path);
  if (!parsed.ok)
    throw new AppError('VALIDATION', `${path} is not valid dataset annotations`, { issues: parsed.issues });
  return parsed.annotations;
}

/**
 * Every ledger system with a connection and annotations, opened: secrets come from the environment here, at the
 * edge, and go nowhere else. `ledgerPath` is the ledger file or folder the annotation paths are relative to.
 */
export function openDatasets(
  ledger: Ledger,
  ledgerPath: string,
  env: NodeJS.ProcessEnv = process.env,
): DatasetBinding[] {
  const base = ledgerPath.match(/\.ya?ml$/) ? dirname(ledgerPath) : ledgerPath;
  const bindings: DatasetBinding[] = [];
  for (const system of ledger.systems) {
    const connection = system.connection;
    if (connection?.annotations === undefined) continue;
    const path = isAbsolute(connection.annotations) ? connection.annotations : join(base, connection.annotations);
    const annotations = loadAnnotations(path);
    if (annotations.system !== system.id) {
      throw new AppError(
        'VALIDATION',
        `${path} annotates system ${annotations.system}, but the ledger attaches it to ${system.id}`,
      );
    }
    const connector = openConnector(connection.engine, resolveSecret(connection.secretRef, env));
    bindings.push({
      annotations,
      connector,
      keyedHash: datasetKeyedHash(annotations.hashKeyRef, env),
      ...pseudonymKeyedHash(annotations, env),
    });
  }
  return bindings;
}
