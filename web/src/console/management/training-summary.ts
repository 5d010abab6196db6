import type { TrainingStatus } from './types.ts';

export interface TrainingCounts {
  readonly assigned: number;
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  readonly absent: number;
}

/** How many of the assigned staff are in each state. */
export function countStates(staff: readonly TrainingStatus[]): TrainingCounts {
  const count = (state: TrainingStatus['state']) => staff.filter((s) => s.state === state).length;
  return {
    assigned: staff.length,
    passed: count('passed'),
    failed: count('failed'),
    pending: count('pending'),
    absent: count('absent'),
  };
}

/** The absentees as a CSV to chase them with (one `staff_id` per line, with a BOM so spreadsheets read UTF-8). */
export function absenteesCsv(ids: readonly string[]): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `\uFEFFstaff_id\r\n${ids.map((id) => `${quote(id)}\r\n`).join('')}`;
}
