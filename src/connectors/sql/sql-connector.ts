import type { Connector, ConnectorEngine } from '../../app/connector.ts';
import type { LiveSchema } from '../../core/dataset/live-schema.ts';
import { sqlDisposal } from './run-disposal.ts';
import { runErasure, verifyErasure } from './run-erasure.ts';
import { runScan } from './run-scan.ts';
import { runWalk } from './run-walk.ts';
import type { SqlSession } from './sql-session.ts';

export interface SqlConnectorParts {
  readonly engine: ConnectorEngine;
  /** A session for reading: the walk runs all its queries on it. */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  describeSchema(): Promise<LiveSchema>;
  close(): Promise<void>;
}

/** The engine-neutral connector: walks, erasure and verification in SQL; the engine brings its driver and catalogue. */
export function sqlConnector(parts: SqlConnectorParts): Connector {
  return {
    engine: parts.engine,
    describeSchema: () => parts.describeSchema(),
    findRows: (plan) => parts.withSession((session) => runWalk(session, plan)),
    applyErasure: (plan, options) => parts.withSession((session) => runErasure(session, plan, options.dryRun)),
    verify: (plan) => parts.withSession((session) => verifyErasure(session, plan)),
    close: () => parts.close(),
    disposal: sqlDisposal((work) => parts.withSession(work)),
    scan: (request) => runScan((work) => parts.withSession(work), request),
  };
}
