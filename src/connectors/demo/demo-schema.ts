// The demo HR database of a staffing company, one logical schema rendered for PostgreSQL, MariaDB and SQLite.
// My Numbers are never stored in plain: social_insurance keeps an HMAC-SHA-256 of the number (keyed outside the
// database, for lookups) and a masked form showing the last four digits (what clerks see on screen). A production
// vault would add the AES-encrypted number for filings; the demo leaves it out.
import type { ConnectorEngine } from '../../app/connector.ts';

export type DemoColumnType = 'id' | 'int' | 'date' | 'longtext' | { readonly text: number };

export interface DemoColumn {
  readonly name: string;
  readonly type: DemoColumnType;
  readonly nullable?: boolean;
}

export interface DemoIndex {
  readonly column: string;
  readonly unique?: boolean;
  /** Index lower(column) where the engine can (e-mail lookups ignore case). */
  readonly caseless?: boolean;
}

export type DemoTableName =
  | 'client_companies'
  | 'candidates'
  | 'staff'
  | 'employees'
  | 'assignments'
  | 'family_members'
  | 'payroll'
  | 'social_insurance'
  | 'health_checks';

export interface DemoTable {
  readonly name: DemoTableName;
  readonly columns: readonly DemoColumn[];
  readonly references: readonly { readonly column: string; readonly table: DemoTableName }[];
  readonly indexes: readonly DemoIndex[];
}

const t = (n: number) => ({ text: n });
const id: DemoColumn = { name: 'id', type: 'id' };
const person = (nullableContact: boolean): DemoColumn[] => [
  { name: 'email', type: t(254) },
  { name: 'family_name', type: t(64) },
  { name: 'given_name', type: t(64) },
  { name: 'family_name_kana', type: t(64) },
  { name: 'given_name_kana', type: t(64) },
  { name: 'birth_date', type: 'date' },
  { name: 'gender', type: t(1), nullable: true },
  { name: 'postal_code', type: t(8), nullable: nullableContact },
  { name: 'prefecture', type: t(8), nullable: nullableContact },
  { name: 'city', type: t(32), nullable: nullableContact },
  { name: 'address_line', type: t(64), nullable: nullableContact },
  { name: 'phone', type: t(16), nullable: true },
];
const personIndexes: DemoIndex[] = [{ column: 'email', caseless: true }, { column: 'birth_date' }];
const owner = (nullable: boolean): DemoColumn[] => [
  { name: 'staff_id', type: 'int', nullable },
  { name: 'employee_id', type: 'int', nullable },
];
const ownerRefs: DemoTable['references'] = [
  { column: 'staff_id', table: 'staff' },
  { column: 'employee_id', table: 'employees' },
];
const ownerIndexes: DemoIndex[] = [{ column: 'staff_id' }, { column: 'employee_id' }];

export const DEMO_TABLES: readonly DemoTable[] = [
  {
    name: 'client_companies',
    columns: [
      id,
      { name: 'name', type: t(64) },
      { name: 'industry', type: t(16) },
      { name: 'prefecture', type: t(8) },
      { name: 'city', type: t(32) },
    ],
    references: [],
    indexes: [],
  },
  {
    name: 'candidates',
    columns: [
      id,
      ...person(true),
      { name: 'desired_job', type: t(64), nullable: true },
      { name: 'assessment_note', type: 'longtext', nullable: true },
      { name: 'applied_on', type: 'date' },
      { name: 'last_activity_on', type: 'date' },
    ],
    references: [],
    indexes: personIndexes,
  },
  {
    name: 'staff',
    columns: [
      id,
      { name: 'staff_number', type: t(16) },
      { name: 'candidate_id', type: 'int', nullable: true },
      ...person(false),
      { name: 'qualifications', type: 'longtext', nullable: true },
      { name: 'bank_account', type: t(64), nullable: true },
      { name: 'registered_on', type: 'date' },
      { name: 'employment_end', type: 'date', nullable: true },
    ],
    references: [{ column: 'candidate_id', table: 'candidates' }],
    indexes: [{ column: 'staff_number', unique: true }, { column: 'candidate_id' }, ...personIndexes],
  },
  {
    name: 'employees',
    columns: [
      id,
      { name: 'employee_number', type: t(16) },
      ...person(false),
      { name: 'bank_account', type: t(64), nullable: true },
      { name: 'department', type: t(32) },
      { name: 'evaluation_note', type: 'longtext', nullable: true },
      { name: 'hired_on', type: 'date' },
      { name: 'employment_end', type: 'date', nullable: true },
    ],
    references: [],
    indexes: [{ column: 'employee_number', unique: true }, ...personIndexes],
  },
  {
    name: 'assignments',
    columns: [
      id,
      { name: 'staff_id', type: 'int' },
      { name: 'client_company_id', type: 'int' },
      { name: 'job_title', type: t(64) },
      { name: 'hourly_wage', type: 'int' },
      { name: 'weekly_hours', type: 'int' },
      { name: 'start_on', type: 'date' },
      { name: 'end_on', type: 'date' },
    ],
    references: [
      { column: 'staff_id', table: 'staff' },
      { column: 'client_company_id', table: 'client_companies' },
    ],
    indexes: [{ column: 'staff_id' }, { column: 'client_company_id' }],
  },
  {
    name: 'family_members',
    columns: [
      id,
      { name: 'employee_id', type: 'int' },
      { name: 'relationship', type: t(8) },
      { name: 'family_name', type: t(64) },
      { name: 'given_name', type: t(64) },
      { name: 'family_name_kana', type: t(64) },
      { name: 'given_name_kana', type: t(64) },
      { name: 'birth_date', type: 'date' },
      { name: 'is_dependant', type: 'int' },
      { name: 'declared_on', type: 'date' },
    ],
    references: [{ column: 'employee_id', table: 'employees' }],
    indexes: [{ column: 'employee_id' }, { column: 'birth_date' }],
  },
  {
    name: 'payroll',
    columns: [
      id,
      ...owner(true),
      { name: 'period', type: t(7) },
      { name: 'hours_worked', type: 'int' },
      { name: 'gross_pay', type: 'int' },
      { name: 'net_pay', type: 'int' },
      { name: 'paid_on', type: 'date' },
    ],
    references: ownerRefs,
    indexes: ownerIndexes,
  },
  {
    name: 'social_insurance',
    columns: [
      id,
      ...owner(true),
      { name: 'my_number_hash', type: t(64) },
      { name: 'my_number_masked', type: t(12) },
      { name: 'pension_number', type: t(16) },
      { name: 'employment_insurance_number', type: t(16) },
      { name: 'acquired_on', type: 'date' },
      { name: 'lost_on', type: 'date', nullable: true },
    ],
    references: ownerRefs,
    indexes: [...ownerIndexes, { column: 'my_number_hash' }],
  },
  {
    name: 'health_checks',
    columns: [
      id,
      ...owner(true),
      { name: 'checked_on', type: 'date' },
      { name: 'result', type: t(16) },
      { name: 'notes', type: 'longtext', nullable: true },
    ],
    references: ownerRefs,
    indexes: ownerIndexes,
  },
];

function sqlType(engine: ConnectorEngine, type: DemoColumnType): string {
  if (typeof type === 'object') return engine === 'sqlite' ? `VARCHAR(${type.text})` : `varchar(${type.text})`;
  const types = {
    postgres: { id: 'integer', int: 'integer', date: 'date', longtext: 'text' },
    mysql: { id: 'int', int: 'int', date: 'date', longtext: 'text' },
    sqlite: { id: 'INTEGER', int: 'INTEGER', date: 'DATE', longtext: 'TEXT' },
  } as const;
  return types[engine][type];
}

const q = (engine: ConnectorEngine, name: string) => (engine === 'mysql' ? `\`${name}\`` : `"${name}"`);

/**
 * CREATE TABLE statements. PostgreSQL gets bare tables (keys, indexes and foreign keys come after the bulk load,
 * which is much faster); InnoDB needs its clustered primary key up front; SQLite cannot add keys later at all.
 */
export function createTableStatements(engine: ConnectorEngine): string[] {
  return DEMO_TABLES.map((table) => {
    const lines = table.columns.map((c) => {
      const pk = c.type === 'id' && engine !== 'postgres' ? ' PRIMARY KEY' : '';
      return `  ${q(engine, c.name)} ${sqlType(engine, c.type)}${c.nullable ? '' : ' NOT NULL'}${pk}`;
    });
    if (engine === 'sqlite') {
      for (const ref of table.references)
        lines.push(`  FOREIGN KEY (${q(engine, ref.column)}) REFERENCES ${q(engine, ref.table)} ("id")`);
    }
    const suffix = engine === 'mysql' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci' : '';
    return `CREATE TABLE ${q(engine, table.name)} (\n${lines.join(',\n')}\n)${suffix}`;
  });
}

/** Statements run after the load, per table: primary key (PostgreSQL), indexes, then foreign keys. */
export function constraintStatements(engine: ConnectorEngine): { indexes: string[]; foreignKeys: string[] } {
  const indexes: string[] = [];
  const foreignKeys: string[] = [];
  for (const table of DEMO_TABLES) {
    const name = q(engine, table.name);
    if (engine === 'postgres') indexes.push(`ALTER TABLE ${name} ADD PRIMARY KEY ("id")`);
    for (const index of table.indexes) {
      const column =
        index.caseless && engine !== 'mysql' ? `(lower(${q(engine, index.column)}))` : q(engine, index.column);
      const indexName = q(engine, `${table.name}_${index.column}${index.caseless ? '_lower' : ''}_idx`);
      indexes.push(`CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${indexName} ON ${name} (${column})`);
    }
    if (engine === 'sqlite') continue;
    for (const ref of table.references) {
      const fk = q(engine, `${table.name}_${ref.column}_fkey`);
      foreignKeys.push(
        `ALTER TABLE ${name} ADD CONSTRAINT ${fk} FOREIGN KEY (${q(engine, ref.column)}) REFERENCES ${q(engine, ref.table)} (${q(engine, 'id')})`,
      );
    }
  }
  return { indexes, foreignKeys };
}
