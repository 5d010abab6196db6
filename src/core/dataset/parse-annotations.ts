import { isNode, LineCounter, parseDocument } from 'yaml';
import type { FieldIssue } from '../app-error.ts';
import { type DatasetAnnotations, DatasetAnnotationsSchema } from './dataset-annotations.ts';
import { referenceGraph } from './reference-graph.ts';

export type AnnotationsParseResult =
  | { readonly ok: true; readonly annotations: DatasetAnnotations }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Parses an annotations YAML file; every problem comes back with its field path and line. */
export function parseAnnotations(text: string, file: string): AnnotationsParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        path: '',
        code: 'YAML_SYNTAX',
        message: e.message.split('\n')[0] ?? e.message,
        ...at(e.pos[0]),
      })),
    };
  }
  const parsed = DatasetAnnotationsSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const path = issue.path.map(String);
        let node: unknown;
        for (let n = path.length; n >= 0 && !isNode(node); n--) node = doc.getIn(path.slice(0, n), true);
        const range = isNode(node) ? node.range : undefined;
        return { path: path.join('.'), message: issue.message, code: issue.code, ...(range ? at(range[0]) : { file }) };
      }),
    };
  }
  try {
    referenceGraph(parsed.data);
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: 'tables', message: error instanceof Error ? error.message : String(error), file }],
    };
  }
  return { ok: true, annotations: parsed.data };
}
