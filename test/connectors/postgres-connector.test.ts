import { test } from 'node:test';
import { connectorSuite } from './connector-suite.ts';

if (process.env.MAMORI_SKIP_POSTGRES === '1') test('postgres connector', (t) => t.skip('MAMORI_SKIP_POSTGRES=1'));
else connectorSuite('postgres');
