import type { StoreKind } from '../database.ts';

/**
 * The triggers that make the evidence tables append-only, per dialect. Exported so the tampering tests can
 * restore them after bypassing them the way a superuser would.
 */
export function evidenceTriggerStatements(kind: StoreKind): readonly string[] {
  return kind === 'postgres' ? POSTGRES_TRIGGERS : SQLITE_TRIGGERS;
}

/** Undoes evidenceTriggerStatements (used by the migration's `down` and by tests). */
export function dropEvidenceTriggerStatements(kind: StoreKind): readonly string[] {
  if (kind === 'postgres') {
    return [
      'DROP TRIGGER IF EXISTS evidence_entries_append_only ON evidence_entries',
      'DROP TRIGGER IF EXISTS evidence_entries_no_truncate ON evidence_entries',
      'DROP TRIGGER IF EXISTS evidence_checkpoints_append_only ON evidence_checkpoints',
      'DROP TRIGGER IF EXISTS evidence_checkpoints_no_truncate ON evidence_checkpoints',
      'DROP TRIGGER IF EXISTS evidence_archives_append_only ON evidence_archives',
      'DROP TRIGGER IF EXISTS evidence_archives_no_truncate ON evidence_archives',
    ];
  }
  return [
    'DROP TRIGGER IF EXISTS evidence_entries_no_update',
    'DROP TRIGGER IF EXISTS evidence_entries_no_delete',
    'DROP TRIGGER IF EXISTS evidence_checkpoints_no_update',
    'DROP TRIGGER IF EXISTS evidence_checkpoints_no_delete',
    'DROP TRIGGER IF EXISTS evidence_archives_no_update',
    'DROP TRIGGER IF EXISTS evidence_archives_no_delete',
  ];
}

const refuse = (table: string, op: string) => `SELECT RAISE(ABORT, '${table} is append-only: ${op} refused')`;

const SQLITE_TRIGGERS = [
  `CREATE TRIGGER evidence_entries_no_update BEFORE UPDATE ON evidence_entries BEGIN ${refuse('evidence_entries', 'UPDATE')}; END`,
  // Archived entries (up to the newest archive's through_seq) may leave; nothing else may.
  `CREATE TRIGGER evidence_entries_no_delete BEFORE DELETE ON evidence_entries
     WHEN OLD.seq > (SELECT coalesce(max(through_seq), 0) FROM evidence_archives)
     BEGIN ${refuse('evidence_entries', 'DELETE')}; END`,
  ...['evidence_checkpoints', 'evidence_archives'].flatMap((table) => [
    `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN ${refuse(table, 'UPDATE')}; END`,
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN ${refuse(table, 'DELETE')}; END`,
  ]),
];

const POSTGRES_TRIGGERS = [
  `CREATE OR REPLACE FUNCTION mamori_evidence_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
   END $$`,
  `CREATE OR REPLACE FUNCTION mamori_evidence_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' AND OLD.seq <= (SELECT coalesce(max(through_seq), 0) FROM evidence_archives) THEN
       RETURN OLD;
     END IF;
     RAISE EXCEPTION 'evidence_entries is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
   END $$`,
  `CREATE TRIGGER evidence_entries_append_only BEFORE UPDATE OR DELETE ON evidence_entries
     FOR EACH ROW EXECUTE FUNCTION mamori_evidence_entries_guard()`,
  ...['evidence_entries', 'evidence_checkpoints', 'evidence_archives'].flatMap((table) => [
    ...(table === 'evidence_entries'
      ? []
      : [
          `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
             FOR EACH ROW EXECUTE FUNCTION mamori_evidence_refuse()`,
        ]),
    `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
       FOR EACH STATEMENT EXECUTE FUNCTION mamori_evidence_refuse()`,
  ]),
];
