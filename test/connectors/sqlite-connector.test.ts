import { connectorSuite } from './connector-suite.ts';

connectorSuite('sqlite');
