// MariaDB/MySQL for the connector suites: TEST_MYSQL_URL, else root without a password at 127.0.0.1:3306.
// Every run CREATEs a uniquely named database and DROPs it afterwards. No server fails the suite, unless
// MAMORI_SKIP_MYSQL=1 says explicitly that this run does without MariaDB.
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';

export const DEFAULT_MYSQL_URL = 'mysql://root@127.0.0.1:3306/';

export interface TestMysqlDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export function mysqlSkipped(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MAMORI_SKIP_MYSQL === '1';
}

export async function createMysqlDatabase(env: NodeJS.ProcessEnv = process.env): Promise<TestMysqlDatabase> {
  const adminUrl = env.TEST_MYSQL_URL?.trim() || DEFAULT_MYSQL_URL;
  const name = `mamori_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  let admin: mysql.Connection;
  try {
    admin = await mysql.createConnection({ uri: adminUrl, connectTimeout: 5000 });
  } catch (error) {
    throw new Error(
      `no MariaDB/MySQL for the connector tests at ${new URL(adminUrl).host}: start one (CI: .ci/run does), set ` +
        'TEST_MYSQL_URL, or set MAMORI_SKIP_MYSQL=1 to skip it explicitly.',
      { cause: error },
    );
  }
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const connection = await mysql.createConnection({ uri: adminUrl });
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}
