import type { DueCondition } from '../../core/retention/due-condition.ts';
import type { SqlDialect } from './sql-session.ts';

/** SQL text and its parameters, in the order the placeholders appear. */
export interface CompiledSql {
  readonly sql: string;
  readonly params: unknown[];
}

/**
 * Compiles a due condition to a WHERE clause for `table`. Columns are left unqualified (they resolve to the
 * innermost table), and a correlated sub-query refers to its parent row through `scope` (the table's name at the
 * top, an alias below), so the same text works in SELECT, UPDATE and DELETE on every engine.
 */
export function compileCondition(dialect: SqlDialect, condition: DueCondition, table: string, params: unknown[] = []) {
  const q = (name: string) => dialect.quote(name);
  const next = (value: unknown) => {
    params.push(value);
    return dialect.param(params.length);
  };
  const walk = (c: DueCondition, scope: string, depth: number): string => {
    switch (c.kind) {
      case 'true':
        return '1 = 1';
      case 'false':
        return '1 = 0';
      case 'and':
        return `(${c.all.map((part) => walk(part, scope, depth)).join(' AND ')})`;
      case 'or':
        return `(${c.any.map((part) => walk(part, scope, depth)).join(' OR ')})`;
      case 'not':
        return `NOT ${walk(c.of, scope, depth)}`;
      case 'is-null':
        return `(${q(c.column)} IS NULL)`;
      case 'before':
        return `(${q(c.column)} IS NOT NULL AND ${q(c.column)} < ${next(c.before)})`;
      case 'equals':
        return c.value === null ? '1 = 0' : `(${q(c.column)} IS NOT NULL AND ${q(c.column)} = ${next(c.value)})`;
      case 'key-in': {
        if (c.keys.length === 0) return '1 = 0';
        const list = dialect.inList(c.column, c.keys, params.length + 1);
        params.push(...list.params);
        return `(${list.sql})`;
      }
      case 'not-held':
        throw new Error('a not-held placeholder reached SQL: apply withHeldKeys first');
      case 'referenced': {
        const alias = `r${depth}`;
        const where = walk(c.where, alias, depth + 1);
        return `EXISTS (SELECT 1 FROM ${q(c.table)} ${alias} WHERE ${q(c.column)} = ${scope}.${q(c.parentKey)} AND ${where})`;
      }
    }
  };
  return { sql: walk(condition, q(table), 1), params } satisfies CompiledSql;
}
