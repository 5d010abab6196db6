import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { FieldIssue } from '../app-error.ts';
import { checkReferences } from './check-references.ts';
import { type Ledger, LedgerSchema, LIST_SECTIONS } from './ledger.ts';

/** One YAML file of a ledger: its name (for messages) and text. */
export interface LedgerSource {
  readonly file: string;
  readonly text: string;
}

export type LedgerParseResult =
  | { readonly ok: true; readonly ledger: Ledger }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

type PathKey = string | number;

interface ParsedFile {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** Where each merged element came from, so an issue's path leads back to a file and line. */
interface Origin {
  readonly fileIndex: number;
  readonly indexInFile?: number;
}

const LIST = new Set<string>(LIST_SECTIONS);

/**
 * Parses a ledger written as one YAML file or several (a folder whose files each hold some sections),
 * validates it against the schema and the cross-reference rules, and reports every problem at once,
 * each with file, line, field path and reason.
 */
export function parseLedger(sources: readonly LedgerSource[]): LedgerParseResult {
  const files: ParsedFile[] = [];
  const issues: FieldIssue[] = [];
  for (const source of sources) {
    const lines = new LineCounter();
    const doc = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    for (const error of doc.errors) {
      const pos = lines.linePos(error.pos[0]);
      issues.push({
        path: '',
        code: 'YAML_SYNTAX',
        message: error.message.split('\n')[0] ?? error.message,
        file: source.file,
        line: pos.line,
        column: pos.col,
      });
    }
    files.push({ file: source.file, doc, lines });
  }
  if (issues.length > 0) return { ok: false, issues };

  const merged: Record<string, unknown> = {};
  const origins = new Map<string, Origin | Origin[]>();
  files.forEach((parsed, fileIndex) => {
    const value: unknown = parsed.doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return;
    if (typeof value !== 'object' || Array.isArray(value)) {
      issues.push({
        path: '',
        code: 'LEDGER_NOT_A_MAP',
        message: 'a ledger file must be a map of sections',
        file: parsed.file,
        line: 1,
      });
      return;
    }
    for (const [section, content] of Object.entries(value)) {
      if (LIST.has(section) && Array.isArray(content)) {
        const list = (merged[section] as unknown[] | undefined) ?? [];
        const listOrigins = (origins.get(section) as Origin[] | undefined) ?? [];
        content.forEach((element, indexInFile) => {
          list.push(element);
          listOrigins.push({ fileIndex, indexInFile });
        });
        merged[section] = list;
        origins.set(section, listOrigins);
      } else if (section in merged) {
        issues.push({
          path: section,
          code: 'LEDGER_SECTION_REPEATED',
          message: `section "${section}" appears in more than one file; keep it in one`,
          ...locate(parsed, [section]),
        });
      } else {
        merged[section] = content;
        origins.set(section, { fileIndex });
      }
    }
  });
  if (issues.length > 0) return { ok: false, issues };

  const where = (path: readonly PathKey[]) => locateMerged(files, origins, path);
  const parsed = LedgerSchema.safeParse(merged);
  const schemaIssues = parsed.success ? [] : parsed.error.issues.map((issue) => fromZodIssue(issue, where));
  // Cross-references are checked even when some elements are malformed, over the elements that are
  // well-formed, so one run reports every problem.
  const salvaged = parsed.success ? { ledger: parsed.data, indexOf: identity } : salvage(merged);
  const referenceIssues = checkReferences(salvaged.ledger).map((issue) => {
    const path = salvaged.indexOf(issue.path);
    return { path: formatPath(path), code: issue.code, message: issue.message, ...where(path) };
  });
  const all = [...schemaIssues, ...referenceIssues].sort(byPosition);
  if (all.length > 0 || !parsed.success) return { ok: false, issues: all };
  return { ok: true, ledger: parsed.data };
}

function elementSchema(schema: z.ZodType): z.ZodType {
  const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : inner;
}

const identity = (path: readonly PathKey[]) => path;

function byPosition(a: FieldIssue, b: FieldIssue): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}

/**
 * Keeps the list elements that pass their own schema (remembering their original indexes) and the other
 * sections that pass theirs, so cross-references can be checked over everything well-formed.
 */
function salvage(merged: Record<string, unknown>): {
  ledger: Ledger;
  indexOf: (path: readonly PathKey[]) => PathKey[];
} {
  const kept: Record<string, unknown> = {};
  const indexes = new Map<string, number[]>();
  const list = new Set<string>(LIST_SECTIONS);
  for (const [section, schema] of Object.entries(LedgerSchema.shape) as [string, z.ZodType][]) {
    const value = merged[section];
    if (list.has(section)) {
      const element = elementSchema(schema);
      const keptIndexes: number[] = [];
      kept[section] = (Array.isArray(value) ? value : []).flatMap((entry, index) => {
        const parsed = element.safeParse(entry);
        if (!parsed.success) return [];
        keptIndexes.push(index);
        return [parsed.data];
      });
      indexes.set(section, keptIndexes);
    } else {
      const parsed = schema.safeParse(value);
      const fallback = schema.safeParse(undefined);
      kept[section] = parsed.success ? parsed.data : fallback.success ? fallback.data : undefined;
    }
  }
  return {
    // Every section holds schema-valid values only; the ledger-level minimums are what failed.
    ledger: kept as unknown as Ledger,
    indexOf: ([section, index, ...rest]) => {
      const original =
        typeof section === 'string' && typeof index === 'number' ? indexes.get(section)?.[index] : undefined;
      return [section, original ?? index, ...rest].filter((key): key is PathKey => key !== undefined);
    },
  };
}

function fromZodIssue(
  issue: z.core.$ZodIssue,
  where: (path: readonly PathKey[]) => Pick<FieldIssue, 'file' | 'line' | 'column'>,
): FieldIssue {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys')
    message = `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) message = `required (${issue.expected})`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    message = `must be one of: ${issue.values.map(String).join(', ')}`;
  }
  return { path: formatPath(path), code: `SCHEMA_${issue.code.toUpperCase()}`, message, ...where(path) };
}

export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? key : `${out}.${key}`),
    '',
  );
}

function locateMerged(
  files: readonly ParsedFile[],
  origins: ReadonlyMap<string, Origin | Origin[]>,
  path: readonly PathKey[],
): Pick<FieldIssue, 'file' | 'line' | 'column'> {
  const [section, index, ...rest] = path;
  const origin = typeof section === 'string' ? origins.get(section) : undefined;
  if (origin === undefined) {
    const first = files[0];
    return first ? { file: first.file, line: 1 } : {};
  }
  if (Array.isArray(origin)) {
    const element = typeof index === 'number' ? origin[index] : undefined;
    const file = files[(element ?? origin[0])?.fileIndex ?? 0];
    if (!file) return {};
    if (!element) return locate(file, [section as string]);
    return locate(file, [section as string, element.indexInFile ?? 0, ...rest]);
  }
  const file = files[origin.fileIndex];
  return file ? locate(file, index === undefined ? [section as string] : [section as string, index, ...rest]) : {};
}

/** The deepest node of the path that exists: a missing field is reported at the map that lacks it. */
function locate(parsed: ParsedFile, path: readonly PathKey[]): Pick<FieldIssue, 'file' | 'line' | 'column'> {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? parsed.doc.contents : parsed.doc.getIn(path.slice(0, depth), true);
    if ((isMap(node) || isSeq(node) || isScalar(node)) && node.range) {
      const pos = parsed.lines.linePos(node.range[0]);
      return { file: parsed.file, line: pos.line, column: pos.col };
    }
  }
  return { file: parsed.file, line: 1 };
}
