import { test } from 'node:test';
import { testDialects } from '../support/test-databases.ts';
import { mysqlSkipped } from '../support/test-mariadb.ts';
import { disposalSuite } from './disposal-suite.ts';

// MariaDB company database (127.0.0.1:3306 or TEST_MYSQL_URL) with the PostgreSQL store when there is one.
const store = testDialects().at(-1)!;
if (mysqlSkipped()) test('mysql disposal', (t) => t.skip('MAMORI_SKIP_MYSQL=1'));
else disposalSuite('mysql', store);
