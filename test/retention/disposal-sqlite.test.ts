import { testDialects } from '../support/test-databases.ts';
import { disposalSuite } from './disposal-suite.ts';

// SQLite company database with the embedded store.
disposalSuite('sqlite', testDialects()[0]!);
