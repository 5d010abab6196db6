import { test } from 'node:test';
import { testDialects } from '../support/test-databases.ts';
import { disposalSuite } from './disposal-suite.ts';

// PostgreSQL company database with a PostgreSQL store (several API nodes share one).
const postgres = testDialects().find((d) => d.kind === 'postgres');
if (postgres === undefined) test('postgres disposal', (t) => t.skip('MAMORI_SKIP_POSTGRES=1'));
else disposalSuite('postgres', postgres);
