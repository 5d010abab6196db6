// A private PostgreSQL server for tests when none is running: initdb into a temp dir, start it on a free port with
// its unix socket in that dir, stop it and delete the dir at the end (also on process exit, so nothing leaks).
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PostgresServer {
  /** Superuser URL of the server's `postgres` database. */
  readonly url: string;
  readonly throwaway: boolean;
  /** The temp dir holding data, socket and log (throwaway servers only). */
  readonly dir?: string;
  stop(): Promise<void>;
}

export interface PostgresBinaries {
  readonly initdb: string;
  readonly pgCtl: string;
}

/** Server binaries: the newest /usr/lib/postgresql/<version>/bin, /usr/local/pgsql/bin, then PATH. */
export function findPostgresBinaries(): PostgresBinaries | undefined {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => /^\d+(\.\d+)?$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debian, version, 'bin'))
    : [];
  const dirs = [...versions, '/usr/local/pgsql/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  const dir = dirs.find((candidate) => existsSync(join(candidate, 'initdb')) && existsSync(join(candidate, 'pg_ctl')));
  return dir === undefined ? undefined : { initdb: join(dir, 'initdb'), pgCtl: join(dir, 'pg_ctl') };
}

/** Starts a throwaway server; as root (CI) it runs as the `postgres` OS user, since initdb refuses root. */
export async function startThrowawayPostgres(): Promise<PostgresServer> {
  const binaries = findPostgresBinaries();
  if (binaries === undefined) {
    throw new Error('no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or on PATH');
  }
  const asUser = process.getuid?.() === 0 ? postgresOsUser() : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'mamori-pg-'));
  if (asUser !== undefined) chownSync(dir, asUser.uid, asUser.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const stopSync = () => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      spawnSync(...command(asUser, binaries.pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopSync);
  try {
    // Throwaway data: no fsync, C locale, trust auth (the socket dir is private to the postgres user).
    await run(
      ...command(asUser, binaries.initdb, [
        '-D',
        data,
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ]),
    );
    const port = await freePort();
    const options = `-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
    await run(...command(asUser, binaries.pgCtl, ['-D', data, '-l', log, '-o', options, '-w', '-t', '60', 'start']));
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      throwaway: true,
      dir,
      async stop() {
        process.off('exit', stopSync);
        try {
          await run(...command(asUser, binaries.pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']));
        } finally {
          stopSync();
        }
      },
    };
  } catch (error) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
    process.off('exit', stopSync);
    stopSync();
    throw new Error(`could not start a throwaway PostgreSQL: ${errorText(error)}${tail ? `\n${tail}` : ''}`, {
      cause: error,
    });
  }
}

interface OsUser {
  readonly uid: number;
  readonly gid: number;
}

function postgresOsUser(): OsUser {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error('running as root, but there is no `postgres` OS user to run initdb as (initdb refuses root)');
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** The command line, run as the postgres OS user when we are root (runuser, else su). */
function command(asUser: OsUser | undefined, file: string, args: readonly string[]): [string, string[]] {
  if (asUser === undefined) return [file, [...args]];
  if (existsSync('/usr/sbin/runuser') || existsSync('/sbin/runuser'))
    return ['runuser', ['-u', 'postgres', '--', file, ...args]];
  return ['su', ['postgres', '-s', '/bin/sh', '-c', [file, ...args].map(shellQuote).join(' ')]];
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'stderr' in error && String(error.stderr).trim() !== '') {
    return String(error.stderr).trim();
  }
  return error instanceof Error ? error.message : String(error);
}
