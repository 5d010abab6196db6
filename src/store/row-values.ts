import { z } from 'zod';
import { AppError } from '../core/app-error.ts';

/** A timestamp column read back: Date on PostgreSQL, ISO text on SQLite; anything else is a damaged row. */
export function toDate(value: Date | string, column: string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new AppError('INTERNAL', `stored ${column} is not a valid timestamp`);
  return date;
}

export function optionalDate(value: Date | string | null, column: string): Date | undefined {
  return value === null ? undefined : toDate(value, column);
}

const ItemsSchema = z.array(z.string());

/** A JSON list of item ids read back and validated (JSON columns are an edge, STYLE.md). */
export function toItems(value: string | null, column: string): string[] | undefined {
  if (value === null) return undefined;
  const parsed = ItemsSchema.safeParse(JSON.parse(value));
  if (!parsed.success) throw new AppError('INTERNAL', `stored ${column} is not a list of item ids`);
  return parsed.data;
}

type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops undefined fields so optional properties stay absent (exactOptionalPropertyTypes). */
export function compact<T extends Record<string, unknown>>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}
