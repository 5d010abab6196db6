import type { DemoSettings } from './demo-person.ts';
import { type DemoBatch, DemoRowWriter, emptyBatch } from './demo-rows.ts';
import { Prng } from './prng.ts';

export interface DemoBatchOptions extends DemoSettings {
  readonly subjects: number;
  readonly hashMyNumber: (digits: string) => string;
  readonly batchSize?: number;
}

/** Client companies scale with the data: one per 500 people, at least 20. */
export function companyCount(subjects: number): number {
  return Math.max(20, Math.ceil(subjects / 500));
}

/** The demo data in batches of people (the first batch also holds the client companies). */
export function* demoBatches(options: DemoBatchOptions): Generator<DemoBatch> {
  const writer = new DemoRowWriter(options, options.hashMyNumber, companyCount(options.subjects));
  const size = options.batchSize ?? 20_000;
  let batch = emptyBatch();
  writer.writeCompanies(batch, new Prng(options.seed));
  for (let i = 0; i < options.subjects; i++) {
    writer.writePerson(batch, i);
    if ((i + 1) % size === 0) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (Object.values(batch).some((rows) => rows.length > 0)) yield batch;
}
