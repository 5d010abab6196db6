import { test } from 'node:test';
import { mysqlSkipped } from '../support/test-mariadb.ts';
import { connectorSuite } from './connector-suite.ts';

// MariaDB at 127.0.0.1:3306 (root, no password) or TEST_MYSQL_URL; absent, the suite fails unless MAMORI_SKIP_MYSQL=1.
if (mysqlSkipped()) test('mysql connector', (t) => t.skip('MAMORI_SKIP_MYSQL=1'));
else connectorSuite('mysql');
