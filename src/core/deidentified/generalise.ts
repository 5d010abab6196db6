import { z } from 'zod';
import type { CellValue } from '../dataset/dataset-rows.ts';

/** How a value is generalised: a date to its month or year, a number rounded or banded, text cut short. */
export const GeneraliseSchema = z
  .object({
    to: z.enum(['month', 'year']).optional(),
    round: z.number().positive().max(1e12).optional(),
    band: z.number().positive().max(1e12).optional(),
    prefix: z.number().int().min(1).max(100).optional(),
  })
  .strict()
  .refine((g) => [g.to, g.round, g.band, g.prefix].filter((v) => v !== undefined).length === 1, {
    message: 'name exactly one of to, round, band, prefix',
  });
export type Generalise = z.infer<typeof GeneraliseSchema>;

const DATE = /^(\d{4})-(\d{2})(-\d{2})?/;

/**
 * One value generalised; null stays null. A date (YYYY-MM[-DD...]) becomes `YYYY-MM` or `YYYY`; a number is rounded to
 * the nearest multiple of `round`, or replaced by its band `lo-hi` of width `band`; text keeps its first `prefix`
 * characters. A value of the wrong kind becomes null rather than passing through unchanged.
 */
export function generaliseValue(value: CellValue, how: Generalise): CellValue {
  if (value === null) return null;
  if (how.to !== undefined) {
    const m = DATE.exec(String(value));
    if (m === null) return null;
    return how.to === 'year' ? (m[1] as string) : `${m[1]}-${m[2]}`;
  }
  if (how.round !== undefined || how.band !== undefined) {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n) || (typeof value === 'string' && value.trim() === '')) return null;
    if (how.round !== undefined) return Math.round(n / how.round) * how.round;
    const width = how.band as number;
    const lo = Math.floor(n / width) * width;
    return `${lo}-${lo + width}`;
  }
  return [...String(value)].slice(0, how.prefix).join('');
}
