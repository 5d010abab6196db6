import { z } from 'zod';
import { LedgerSchema } from './ledger.ts';

/**
 * JSON Schema of the ledger YAML, generated from the same zod schema that validates it, so editors
 * (yaml-language-server) and the validator never disagree. `io: 'input'`: fields with defaults are optional.
 */
export function ledgerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(LedgerSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'ref',
  });
  return {
    ...schema,
    $id: 'https://mamori.invalid/schema/ledger.schema.json',
    title: 'Mamori ledger (個人情報管理台帳)',
  };
}
